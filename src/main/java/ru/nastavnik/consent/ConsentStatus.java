package ru.nastavnik.consent;

public enum ConsentStatus {
    REQUESTED,
    GIVEN,
    WITHDRAWN,
    EXPIRED;

    public String messageKey() {
        return "consent.status." + name();
    }
}
