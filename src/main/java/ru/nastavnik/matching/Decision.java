package ru.nastavnik.matching;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/** A curator's standing decision about a pair: always propose it (pin) or never (exclude). */
@Entity
@Table(name = "matching_decision")
class Decision {

    enum Kind { PIN, EXCLUDE }

    @Id
    private UUID id;
    @Column(name = "organisation_id")
    private UUID organisationId;
    @Column(name = "mentee_id")
    private UUID menteeId;
    @Column(name = "mentor_id")
    private UUID mentorId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Decision() {
    }

    Decision(OrganisationId organisation, PersonId mentee, PersonId mentor, Kind kind, Instant now) {
        this.id = UUID.randomUUID();
        this.organisationId = organisation.value();
        this.menteeId = mentee.value();
        this.mentorId = mentor.value();
        this.kind = Objects.requireNonNull(kind);
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    OrganisationId organisation() {
        return new OrganisationId(organisationId);
    }

    PersonId mentee() {
        return new PersonId(menteeId);
    }

    PersonId mentor() {
        return new PersonId(mentorId);
    }

    Kind kind() {
        return kind;
    }
}
