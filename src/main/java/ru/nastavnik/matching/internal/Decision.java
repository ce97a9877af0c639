package ru.nastavnik.matching.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.PersonIdConverter;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;

/** A curator's standing decision about a pair: always propose it (pin) or never (exclude). */
@Entity
@Table(name = "matching_decision")
class Decision extends OrganisationOwned {

    enum Kind {
        PIN,
        EXCLUDE
    }

    @Id
    private UUID id;

    @Column(name = "mentee_id")
    private UUID menteeId;

    @Column(name = "mentor_id")
    @Convert(converter = PersonIdConverter.class)
    private PersonId mentorId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Decision() {}

    Decision(OrganisationId organisation, PersonId mentee, PersonId mentor, Kind kind, Instant now) {
        super(organisation);
        this.id = UUID.randomUUID();
        this.menteeId = mentee.value();
        this.mentorId = mentor;
        this.kind = Objects.requireNonNull(kind);
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    PersonId mentee() {
        return new PersonId(menteeId);
    }

    PersonId mentor() {
        return mentorId;
    }

    Kind kind() {
        return kind;
    }
}
