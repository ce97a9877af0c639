package ru.nastavnik.events;

/** A line of the events list: the event, who organises it, and the caller's own answer (or null). */
public record EventSummary(EventView event, String organiserName, RegistrationStatus mine, boolean attended) {}
