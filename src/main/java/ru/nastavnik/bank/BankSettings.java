package ru.nastavnik.bank;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;

/** A mentor's default and largest number of mentees at once: "at most 2" is common in schools' regulations. */
@Entity
@Table(name = "bank_settings")
class BankSettings {

    @Id
    @Column(name = "organisation_id")
    private UUID organisationId;

    @Column(name = "default_capacity")
    private int defaultCapacity;

    @Column(name = "max_capacity")
    private int maxCapacity;

    protected BankSettings() {
    }

    BankSettings(OrganisationId organisation) {
        this.organisationId = organisation.value();
        this.defaultCapacity = 2;
        this.maxCapacity = 3;
    }

    void change(int defaultCapacity, int maxCapacity) {
        if (maxCapacity < 1 || maxCapacity > 20 || defaultCapacity < 1 || defaultCapacity > maxCapacity) {
            throw InvalidInputException.of("defaultCapacity", "bank.settings.range");
        }
        this.defaultCapacity = defaultCapacity;
        this.maxCapacity = maxCapacity;
    }

    int defaultCapacity() {
        return defaultCapacity;
    }

    int maxCapacity() {
        return maxCapacity;
    }
}
