package ru.nastavnik.matching.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.PersonIdConverter;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;

/** One side's wish to work with the other: the mentee's (chosen by her or told to the curator) or the mentor's. */
@Entity
@Table(name = "matching_wish")
class Wish extends OrganisationOwned {

    enum Side {
        MENTEE,
        MENTOR
    }

    @Id
    private UUID id;

    @Column(name = "mentee_id")
    private UUID menteeId;

    @Column(name = "mentor_id")
    @Convert(converter = PersonIdConverter.class)
    private PersonId mentorId;

    @Enumerated(EnumType.STRING)
    private Side side;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Wish() {}

    Wish(OrganisationId organisation, PersonId mentee, PersonId mentor, Side side, Instant now) {
        super(organisation);
        this.id = UUID.randomUUID();
        this.menteeId = mentee.value();
        this.mentorId = mentor;
        this.side = side;
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

    Side side() {
        return side;
    }

    WishView view(java.util.function.Function<PersonId, String> names) {
        return new WishView(id, mentee(), names.apply(mentee()), mentor(), names.apply(mentor()), side == Side.MENTEE);
    }
}
