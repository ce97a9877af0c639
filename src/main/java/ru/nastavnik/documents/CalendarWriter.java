package ru.nastavnik.documents;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iCalendar (RFC 5545) written by ical4j, for every module that dates things (events, programme activities): times
 * with their TZID and its VTIMEZONE, a UID that never changes, a SEQUENCE raised by every change, a cancelled entry
 * kept with STATUS:CANCELLED so that calendars that imported it remove it. A file to open or a feed to subscribe to
 * carries no METHOD (it is not an iTIP message); an invitation by mail is a REQUEST, its withdrawal a CANCEL, both
 * with the ORGANIZER (the system's sender address) and the ATTENDEEs that iTIP requires.
 */
public final class CalendarWriter {

    /** How each entry's UID ends: the system's own domain of identifiers. */
    public static final String UID_DOMAIN = "@nastavnik";

    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private CalendarWriter() {}

    /** iTIP's method: none for a file or a feed. */
    public enum Method {
        NONE,
        REQUEST,
        CANCEL
    }

    /** A calendar of {@code entries} to open or subscribe to; {@code name} is how an application titles the feed. */
    public static String write(Collection<CalendarEntry> entries, String name, Instant now) {
        return write(entries, name, Method.NONE, null, now);
    }

    /** An iTIP message (RFC 5546) from {@code organiser} (an e-mail address) to each entry's attendees. */
    public static String write(
            Collection<CalendarEntry> entries, String name, Method method, String organiser, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Nastavnik//Calendar//RU"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        if (method == Method.REQUEST) {
            calendar.add(ImmutableMethod.REQUEST);
        } else if (method == Method.CANCEL) {
            calendar.add(ImmutableMethod.CANCEL);
        }
        calendar.add(new XProperty("X-WR-CALNAME", name));
        Set<ZoneId> used = entries.stream()
                .map(CalendarEntry::start)
                .filter(Objects::nonNull)
                .map(s -> s.getZone())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        used.forEach(zone -> calendar.add(ZONES.getTimeZone(zone.getId()).getVTimeZone()));
        entries.forEach(e -> calendar.add(event(e, method, organiser, now)));
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static VEvent event(CalendarEntry e, Method method, String organiser, Instant now) {
        VEvent event = e.day() != null
                ? new VEvent(e.day(), e.day().plusDays(1), e.summary())
                : new VEvent(e.start(), e.end(), e.summary());
        event.add(new Uid(e.uid()));
        event.replace(new DtStamp(now));
        event.add(new Sequence(e.sequence()));
        event.add(
                e.cancelled() || method == Method.CANCEL
                        ? ImmutableStatus.VEVENT_CANCELLED
                        : ImmutableStatus.VEVENT_CONFIRMED);
        if (e.location() != null) {
            event.add(new Location(e.location()));
        }
        if (e.url() != null) {
            event.add(new Url(URI.create(e.url())));
        }
        if (e.description() != null && !e.description().isBlank()) {
            event.add(new Description(e.description()));
        }
        if (method != Method.NONE) {
            event.add(new Organizer(URI.create("mailto:" + organiser)));
            for (String attendee : e.attendees()) {
                event.add(new Attendee(URI.create("mailto:" + attendee))
                        .add(Role.REQ_PARTICIPANT)
                        .add(PartStat.NEEDS_ACTION)
                        .add(method == Method.REQUEST ? Rsvp.TRUE : Rsvp.FALSE));
            }
        }
        return event;
    }
}
