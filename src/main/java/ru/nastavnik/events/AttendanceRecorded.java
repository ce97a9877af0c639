package ru.nastavnik.events;

import java.util.List;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/**
 * Attendance changed: {@code present} were marked (or checked themselves in), {@code absent} were unmarked;
 * {@code organisation} is the organiser.
 */
public record AttendanceRecorded(
        OrganisationId organisation, EventId event, EventKind kind, List<PersonId> present, List<PersonId> absent) {

    public AttendanceRecorded {
        present = List.copyOf(present);
        absent = List.copyOf(absent);
    }
}
