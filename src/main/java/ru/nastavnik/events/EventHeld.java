package ru.nastavnik.events;

import java.time.Instant;
import java.util.List;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/** The organiser recorded that the event took place; {@code attended}: who was there (training hours, monitoring). */
public record EventHeld(
        OrganisationId organisation,
        EventId event,
        EventKind kind,
        Instant startsAt,
        Instant endsAt,
        List<PersonId> attended) {

    public EventHeld {
        attended = List.copyOf(attended);
    }
}
