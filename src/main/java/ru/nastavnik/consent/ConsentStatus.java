package ru.nastavnik.consent;

public enum ConsentStatus {
    REQUESTED,
    GIVEN,
    WITHDRAWN,
    EXPIRED;

    /** Withdrawn or expired: the processing for this purpose has stopped. */
    public boolean ended() {
        return this == WITHDRAWN || this == EXPIRED;
    }

    public String messageKey() {
        return "consent.status." + name();
    }
}
