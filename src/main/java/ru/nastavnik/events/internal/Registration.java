package ru.nastavnik.events.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import ru.nastavnik.events.EventId;
import ru.nastavnik.events.RegistrationStatus;
import ru.nastavnik.events.RegistrationView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.PersonIdConverter;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;

/**
 * One invited person's answer to an event and whether she was there; part of the {@link Event} aggregate. The row
 * is owned by the person's school (her personal data), not by the event's organiser: a school sees its staff's answers.
 */
@Entity
@Table(name = "event_registration")
class Registration extends OrganisationOwned {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    private Event event;

    @Column(name = "person_id")
    @Convert(converter = PersonIdConverter.class)
    private PersonId personId;

    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "changed_at")
    private Instant changedAt;

    private boolean attended;

    @Column(name = "attended_at")
    private Instant attendedAt;

    @Column(name = "self_checked_in")
    private boolean selfCheckedIn;

    /**
     * Every change goes through the event's row lock today; the version makes a change made on a stale read of the
     * row fail (409, «Запись только что изменили…») instead of silently overwriting another one.
     */
    @Version
    private long version;

    protected Registration() {}

    Registration(Event event, PersonId person, OrganisationId school, RegistrationStatus status, Instant now) {
        super(school);
        this.id = UUID.randomUUID();
        this.event = event;
        this.personId = person;
        this.status = status;
        this.registeredAt = now;
        this.changedAt = now;
    }

    void answer(RegistrationStatus status, Instant now) {
        this.status = status;
        if (status != RegistrationStatus.DECLINED) {
            // a place or a turn in the queue is taken anew: the queue is in the order of the latest answer
            this.registeredAt = now;
        }
        this.changedAt = now;
    }

    void attend(boolean present, boolean self, Instant now) {
        this.attended = present;
        this.attendedAt = present ? now : null;
        this.selfCheckedIn = present && self;
        this.changedAt = now;
    }

    PersonId person() {
        return personId;
    }

    OrganisationId school() {
        return organisation();
    }

    RegistrationStatus status() {
        return status;
    }

    Instant registeredAt() {
        return registeredAt;
    }

    boolean attended() {
        return attended;
    }

    RegistrationView view() {
        return new RegistrationView(
                new EventId(event.id()), person(), school(), status, registeredAt, attended, attendedAt, selfCheckedIn);
    }
}
