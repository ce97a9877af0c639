package ru.nastavnik.events.web;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import ru.nastavnik.events.AgendaEntry;
import ru.nastavnik.events.EventKind;
import ru.nastavnik.events.internal.EventDetails;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/**
 * An event as the API takes it: times are the organiser's wall-clock times ({@code 2030-03-10T10:00}); invited are
 * the mentors of {@code schools} and the named {@code people} (staff ids); a speaker is a staff id or free text.
 */
record EventRequest(
        EventKind kind,
        UUID customKind,
        String title,
        String description,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        String place,
        String onlineLink,
        Integer capacity,
        List<String> schools,
        List<String> people,
        List<Item> agenda) {

    /** {@code practiceId}: a pair presenting this practice of the organiser's library. */
    record Item(LocalTime time, String topic, String speakerId, String speaker, String practiceId) {}

    EventDetails details() {
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
                schools == null
                        ? List.of()
                        : schools.stream().map(OrganisationId::of).toList(),
                people == null ? List.of() : people.stream().map(PersonId::of).toList(),
                agenda == null
                        ? List.of()
                        : agenda.stream()
                                .map(i -> new AgendaEntry(
                                        i.time(),
                                        i.topic(),
                                        i.speakerId() == null || i.speakerId().isBlank()
                                                ? null
                                                : PersonId.of(i.speakerId()),
                                        i.speaker(),
                                        i.practiceId() == null || i.practiceId().isBlank()
                                                ? null
                                                : ru.nastavnik.practices.PracticeId.of(i.practiceId())))
                                .toList());
    }
}
