package ru.nastavnik.bank.web;

import ru.nastavnik.bank.BankSettingsView;
import ru.nastavnik.shared.InvalidInputException;

/** A school's mentor capacity limits as typed on the bank's settings: both are needed, the bank checks their range. */
record LimitsForm(Integer defaultCapacity, Integer maxCapacity) {

    /** Refuses a limit left empty, naming the first field (the range message covers both). */
    void check() {
        if (defaultCapacity == null || maxCapacity == null) {
            throw InvalidInputException.of("defaultCapacity", "bank.settings.range");
        }
    }

    /** Her limits as the page shows the saved ones, to put beside them when someone saved meanwhile. */
    BankSettingsView typed() {
        return new BankSettingsView(defaultCapacity, maxCapacity, 0);
    }
}
