package ru.nastavnik.events;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/** An event as everyone who may see it sees it; the times are instants, shown in {@code zone}, the organiser's. */
public record EventView(
        EventId id,
        OrganisationId organisationId,
        EventKind kind,
        java.util.UUID customKindId,
        String customKind,
        String title,
        String description,
        Instant startsAt,
        Instant endsAt,
        ZoneId zone,
        String place,
        String onlineLink,
        Integer capacity,
        EventStatus status,
        int sequence,
        List<OrganisationId> schools,
        EventAudience audience,
        List<PersonId> people,
        List<AgendaEntry> agenda,
        int registered,
        int waiting,
        int attended,
        Instant createdAt,
        ProtocolDetails protocol,
        long version) {

    /** The event as one who does not organise it sees it: whom it invites by name stays with the organiser. */
    public EventView withoutNamedPeople() {
        return new EventView(
                id,
                organisationId,
                kind,
                customKindId,
                customKind,
                title,
                description,
                startsAt,
                endsAt,
                zone,
                place,
                onlineLink,
                capacity,
                status,
                sequence,
                schools,
                audience,
                List.of(),
                agenda,
                registered,
                waiting,
                attended,
                createdAt,
                protocol,
                version);
    }

    private static final java.time.format.DateTimeFormatter DAY_TIME =
            java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm");

    /** «10.03.2030 10:00 — 12:00 (МСК+2)», in the organiser's zone; the end's date only when it differs. */
    public String period() {
        return period(startsAt, endsAt, zone);
    }

    static String period(Instant startsAt, Instant endsAt, ZoneId zone) {
        var start = startsAt.atZone(zone);
        var end = endsAt.atZone(zone);
        String until = start.toLocalDate().equals(end.toLocalDate()) ? TIME.format(end) : DAY_TIME.format(end);
        return DAY_TIME.format(start) + " — " + until + " (" + moscowOffset(start) + ")";
    }

    /** The zone as the event's form names it: «МСК», «МСК+4» — today's offset against Moscow. */
    public static String zoneLabel(ZoneId zone) {
        return moscowOffset(java.time.ZonedDateTime.now(zone));
    }

    /**
     * Russian announcements give local time against Moscow («МСК», «МСК+2»), not a zone id in English that a
     * director would have to strike out by hand; a zone off whole hours from Moscow falls back to «UTC+05:30».
     */
    static String moscowOffset(java.time.ZonedDateTime at) {
        int seconds = at.getOffset().getTotalSeconds() - 3 * 3600;
        if (seconds % 3600 != 0) {
            return "UTC" + at.getOffset().getId();
        }
        int hours = seconds / 3600;
        return hours == 0 ? "МСК" : "МСК" + (hours > 0 ? "+" : "−") + Math.abs(hours);
    }
}
