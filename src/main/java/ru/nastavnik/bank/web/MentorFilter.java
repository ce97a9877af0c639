package ru.nastavnik.bank.web;

import ru.nastavnik.bank.BankFilter;
import ru.nastavnik.bank.TrainingStatus;

/** The mentor bank page's filter form, as the page sends it (a GET). */
record MentorFilter(String competence, String subject, TrainingStatus training, Integer freeCapacity, String q) {

    static final MentorFilter NONE = new MentorFilter(null, null, null, null, null);

    BankFilter filter() {
        return new BankFilter(competence, subject, null, training, freeCapacity, q, true);
    }

    /** The area's shared bank: a school's filters of training and free places do not apply there. */
    BankFilter shared() {
        return new BankFilter(competence, subject, null, null, null, q, false);
    }

    /** The mentors the filter shows, invited to an event: a blank field filters nothing, the free places not at all. */
    BankFilter invitation() {
        return new BankFilter(
                blankToNull(competence), blankToNull(subject), null, training, null, blankToNull(q), true);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
