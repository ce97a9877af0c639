package ru.nastavnik.events.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import ru.nastavnik.shared.InvalidInputException;

/**
 * When an event takes place: its start and end, entered and shown in the time zone of the organisation that holds
 * it, and the rules of time that follow (attendance not before it has begun, answers not once it is over).
 */
@Embeddable
class EventSchedule {

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(name = "time_zone")
    private String timeZone;

    protected EventSchedule() {}

    private EventSchedule(Instant startsAt, Instant endsAt, ZoneId zone) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.timeZone = zone.getId();
    }

    /** Not yet set: an event gets its times from its details, read in this zone. */
    static EventSchedule in(ZoneId zone) {
        return new EventSchedule(null, null, zone);
    }

    /** The same zone, new times (as the organiser enters them, on the zone's clock). */
    EventSchedule at(LocalDateTime starts, LocalDateTime ends) {
        ZoneId zone = zone();
        return new EventSchedule(
                starts.atZone(zone).toInstant(), ends.atZone(zone).toInstant(), zone);
    }

    ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    Instant startsAt() {
        return startsAt;
    }

    Instant endsAt() {
        return endsAt;
    }

    boolean begun(Instant now) {
        return !now.isBefore(startsAt);
    }

    /** Refuses, with the field and message given, what may be done only once the event has begun. */
    void requireBegun(Instant now, String field, String messageKey) {
        if (!begun(now)) {
            throw InvalidInputException.of(field, messageKey);
        }
    }

    /** Between its start and its end, both included: when the room's code is accepted. */
    boolean running(Instant now) {
        return begun(now) && !now.isAfter(endsAt);
    }

    /** Refuses, with the field and message given, what may be done only until the event ends. */
    void requireNotOver(Instant now, String field, String messageKey) {
        if (!now.isBefore(endsAt)) {
            throw InvalidInputException.of(field, messageKey);
        }
    }
}
