package ru.nastavnik.events.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
import io.swagger.v3.oas.annotations.media.Schema;
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
 * the {@code audience} of {@code schools} (their mentors unless it says otherwise) and the named {@code people}
 * (staff ids); a speaker is a staff id or free text.
 */
record EventRequest(
        EventKind kind,
        UUID customKind,
        String title,
        String description,

        @JsonFormat(lenient = OptBoolean.FALSE)
        @Schema(type = "string", example = "2030-03-10T10:00", description = WALL_CLOCK)
        LocalDateTime startsAt,

        @JsonFormat(lenient = OptBoolean.FALSE)
        @Schema(type = "string", example = "2030-03-10T12:00", description = WALL_CLOCK)
        LocalDateTime endsAt,

        String place,
        String onlineLink,
        Integer capacity,
        List<String> schools,

        @Schema(description = "Кого приглашают из школ: наставников (по умолчанию), наставляемых или тех и других")
        ru.nastavnik.events.EventAudience audience,

        List<String> people,
        List<Item> agenda) {

    /**
     * The organiser's wall-clock time, with no offset: a value with «Z» was read leniently as that wall-clock time, three
     * hours off for a Moscow school (a new school's review, session 33), so an offset is refused instead.
     */
    static final String WALL_CLOCK = "Местное время организатора без смещения (без «Z» и «+03:00»)";

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
                                .toList(),
                audience);
    }
}
