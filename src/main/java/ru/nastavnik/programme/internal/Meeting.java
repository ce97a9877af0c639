package ru.nastavnik.programme.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.PersonIdConverter;
import ru.nastavnik.shared.InvalidInputException;

/** A meeting of the pair: when, about what, with what outcome. */
@Entity
@Table(name = "programme_meeting")
class Meeting {

    @Id
    private UUID id;

    @Column(name = "programme_id")
    private UUID programmeId;

    @Column(name = "held_on")
    private LocalDate heldOn;

    private String topic;
    private String outcome;

    @Column(name = "logged_by")
    @Convert(converter = PersonIdConverter.class)
    private PersonId loggedBy;

    @Column(name = "logged_at")
    private Instant loggedAt;

    protected Meeting() {}

    Meeting(UUID programme, LocalDate heldOn, String topic, String outcome, PersonId by, Instant now) {
        if (heldOn == null) {
            throw InvalidInputException.of("heldOn", "programme.meeting.date.required");
        }
        if (topic == null || topic.isBlank() || topic.length() > 500) {
            throw InvalidInputException.of("topic", "programme.meeting.topic.invalid");
        }
        if (outcome != null && outcome.length() > 2000) {
            throw InvalidInputException.of("outcome", "programme.meeting.outcome.tooLong");
        }
        this.id = UUID.randomUUID();
        this.programmeId = programme;
        this.heldOn = heldOn;
        this.topic = topic.strip();
        this.outcome = outcome == null || outcome.isBlank() ? null : outcome.strip();
        this.loggedBy = by;
        this.loggedAt = now;
    }

    MeetingView view() {
        return new MeetingView(id, heldOn, topic, outcome);
    }
}
