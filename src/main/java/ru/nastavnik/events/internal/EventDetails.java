package ru.nastavnik.events.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import ru.nastavnik.events.AgendaEntry;
import ru.nastavnik.events.EventKind;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/**
 * What the organiser fills in: times are wall-clock times in the organiser's time zone; {@code customKind} is one
 * of the organisation's own kinds (with {@link EventKind#OTHER}); invited are the mentors of {@code schools} and
 * the named {@code people}.
 */
public record EventDetails(
        EventKind kind,
        UUID customKind,
        String title,
        String description,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        String place,
        String onlineLink,
        Integer capacity,
        List<OrganisationId> schools,
        List<PersonId> people,
        List<AgendaEntry> agenda) {

    public EventDetails {
        schools = schools == null ? List.of() : schools.stream().distinct().toList();
        people = people == null ? List.of() : people.stream().distinct().toList();
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
    }
}
