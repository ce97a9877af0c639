package ru.nastavnik.events;

/** Planned until the organiser records that it was held, or cancels it; either is final. */
public enum EventStatus {
    PLANNED,
    HELD,
    CANCELLED;

    public String messageKey() {
        return "event.status." + name();
    }
}
