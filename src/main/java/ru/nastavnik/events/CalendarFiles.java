package ru.nastavnik.events;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Events as iCalendar (RFC 5545), written by ical4j: times with the organiser's TZID and its VTIMEZONE, a UID that
 * never changes, a SEQUENCE raised by every change, a cancelled event kept with STATUS:CANCELLED so that calendars
 * that imported it remove it. No METHOD: a file to open or a feed to subscribe to is not an iTIP message (PUBLISH
 * would require an ORGANIZER with an e-mail address).
 */
@Component
class CalendarFiles {

    static final String UID_DOMAIN = "@nastavnik";

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    /** One calendar of {@code events}; {@code name} is how a calendar application titles a subscribed feed. */
    String write(Collection<EventView> events, String name, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Nastavnik//Events//RU"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        Set<ZoneId> used = events.stream().map(EventView::zone).collect(Collectors.toCollection(LinkedHashSet::new));
        used.forEach(zone -> calendar.add(zones.getTimeZone(zone.getId()).getVTimeZone()));
        events.forEach(e -> calendar.add(event(e, now)));
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private VEvent event(EventView e, Instant now) {
        ZonedDateTime start = e.startsAt().atZone(e.zone());
        ZonedDateTime end = e.endsAt().atZone(e.zone());
        VEvent event = new VEvent(start, end, e.title());
        event.add(new Uid(e.id() + UID_DOMAIN));
        event.replace(new DtStamp(now));
        event.add(new Sequence(e.sequence()));
        event.add(e.status() == EventStatus.CANCELLED ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        String location = e.place() != null ? e.place() : e.onlineLink();
        if (location != null) {
            event.add(new Location(location));
        }
        if (e.onlineLink() != null) {
            event.add(new Url(URI.create(e.onlineLink())));
        }
        String description = description(e);
        if (!description.isBlank()) {
            event.add(new Description(description));
        }
        return event;
    }

    private static String description(EventView e) {
        StringBuilder text = new StringBuilder(e.description() == null ? "" : e.description());
        for (AgendaEntry item : e.agenda()) {
            text.append(text.isEmpty() ? "" : "\n").append(item.time() == null ? "" : item.time() + " ").append(item.topic());
            if (item.speakerText() != null) {
                text.append(" — ").append(item.speakerText());
            }
        }
        if (e.onlineLink() != null && e.place() != null) {
            text.append(text.isEmpty() ? "" : "\n").append(e.onlineLink());
        }
        return text.toString();
    }
}
