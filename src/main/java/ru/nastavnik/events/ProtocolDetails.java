package ru.nastavnik.events;

/** The protocol's own text; the date, place, agenda and who was present come from the event. */
public record ProtocolDetails(
        String number, String chair, String secretary, String heard, String spoke, String decided) {}
