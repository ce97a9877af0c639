package ru.nastavnik.mentorship.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.PersonIdConverter;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;

/** The standing search found a mentor with a free place who covers this waiting mentee's needs. */
@Entity
@Table(name = "mentorship_notice")
class Notice extends OrganisationOwned {

    @Id
    private UUID id;

    @Column(name = "mentee_id")
    @Convert(converter = PersonIdConverter.class)
    private PersonId menteeId;

    @Column(name = "mentor_id")
    @Convert(converter = PersonIdConverter.class)
    private PersonId mentorId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "seen_at")
    private Instant seenAt;

    protected Notice() {}

    Notice(OrganisationId organisation, PersonId mentee, PersonId mentor, Instant now) {
        super(organisation);
        this.id = UUID.randomUUID();
        this.menteeId = mentee;
        this.mentorId = mentor;
        this.createdAt = now;
    }

    void seen(Instant now) {
        seenAt = seenAt == null ? now : seenAt;
    }

    PersonId mentee() {
        return menteeId;
    }

    PersonId mentor() {
        return mentorId;
    }

    boolean open() {
        return seenAt == null;
    }

    WaitingView.NoticeView view(java.util.function.Function<PersonId, String> names) {
        return new WaitingView.NoticeView(id, mentor(), names.apply(mentor()), createdAt);
    }
}
