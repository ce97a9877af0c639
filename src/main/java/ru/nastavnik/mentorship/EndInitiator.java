package ru.nastavnik.mentorship;

/** Who ends a pair early: the mentor may give it up at any time; the employer with three working days' notice. */
public enum EndInitiator {
    EMPLOYER,
    MENTOR,
    MENTEE;

    public String messageKey() {
        return "mentorship.initiator." + name();
    }
}
