package ru.nastavnik.events;

/** Registered holds a place; waiting is in the queue for one; declined gave it up (or never took it). */
public enum RegistrationStatus {
    REGISTERED,
    WAITING,
    DECLINED;

    public String messageKey() {
        return "event.registration.status." + name();
    }
}
