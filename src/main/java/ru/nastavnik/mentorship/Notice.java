package ru.nastavnik.mentorship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/** The standing search found a mentor with a free place who covers this waiting mentee's needs. */
@Entity
@Table(name = "mentorship_notice")
class Notice {

    @Id
    private UUID id;

    @Column(name = "organisation_id")
    private UUID organisationId;

    @Column(name = "mentee_id")
    private UUID menteeId;

    @Column(name = "mentor_id")
    private UUID mentorId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "seen_at")
    private Instant seenAt;

    protected Notice() {}

    Notice(OrganisationId organisation, PersonId mentee, PersonId mentor, Instant now) {
        this.id = UUID.randomUUID();
        this.organisationId = organisation.value();
        this.menteeId = mentee.value();
        this.mentorId = mentor.value();
        this.createdAt = now;
    }

    void seen(Instant now) {
        seenAt = seenAt == null ? now : seenAt;
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

    boolean open() {
        return seenAt == null;
    }

    WaitingView.NoticeView view(java.util.function.Function<PersonId, String> names) {
        return new WaitingView.NoticeView(id, mentor(), names.apply(mentor()), createdAt);
    }
}
