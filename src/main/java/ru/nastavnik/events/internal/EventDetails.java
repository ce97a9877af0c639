package ru.nastavnik.events.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import ru.nastavnik.events.AgendaEntry;
import ru.nastavnik.events.EventAudience;
import ru.nastavnik.events.EventKind;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/**
 * What the organiser fills in: times are wall-clock times in the organiser's time zone; {@code customKind} is one
 * of the organisation's own kinds (with {@link EventKind#OTHER}); invited are the {@code audience} (mentors, mentees or
 * both) of {@code schools} and the named {@code people}.
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
        List<AgendaEntry> agenda,
        EventAudience audience) {

    public EventDetails {
        audience = audience == null ? EventAudience.MENTORS : audience;
        schools = schools == null ? List.of() : schools.stream().distinct().toList();
        people = people == null ? List.of() : people.stream().distinct().toList();
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
    }

    /** The same event with another agenda (its speakers linked to staff records). */
    EventDetails withAgenda(List<AgendaEntry> other) {
        return new EventDetails(
                kind,
                customKind,
                title,
                description,
                startsAt,
                endsAt,
                place,
                onlineLink,
                capacity,
                schools,
                people,
                other,
                audience);
    }

    /** The same event for another audience of its schools. */
    EventDetails withAudience(EventAudience other) {
        return new EventDetails(
                kind,
                customKind,
                title,
                description,
                startsAt,
                endsAt,
                place,
                onlineLink,
                capacity,
                schools,
                people,
                agenda,
                other);
    }

    /** An event for the mentors of its schools (a setting-up session, a mentors' course session). */
    public EventDetails(
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
        this(
                kind,
                customKind,
                title,
                description,
                startsAt,
                endsAt,
                place,
                onlineLink,
                capacity,
                schools,
                people,
                agenda,
                EventAudience.MENTORS);
    }
}
