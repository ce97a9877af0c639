package ru.nastavnik.events.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import ru.nastavnik.events.DecisionKind;
import ru.nastavnik.practices.PracticeId;
import ru.nastavnik.shared.OrganisationOwned;

/** One practice named by one decision of a round table; the practice is another module's, kept by id only. */
@Entity
@Table(name = "event_decision")
class RoundTableDecision extends OrganisationOwned {

    @Id
    private UUID id;

    @Column(name = "event_id")
    private UUID eventId;

    @Enumerated(EnumType.STRING)
    private DecisionKind kind;

    @Column(name = "practice_id")
    private UUID practiceId;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected RoundTableDecision() {}

    RoundTableDecision(Event event, DecisionKind kind, PracticeId practice, Instant now) {
        super(event.organisation());
        this.id = UUID.randomUUID();
        this.eventId = event.id();
        this.kind = kind;
        this.practiceId = practice.value();
        this.recordedAt = now;
    }

    DecisionKind kind() {
        return kind;
    }

    PracticeId practice() {
        return new PracticeId(practiceId);
    }

    Instant recordedAt() {
        return recordedAt;
    }
}
