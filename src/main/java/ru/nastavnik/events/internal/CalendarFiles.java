package ru.nastavnik.events.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.nastavnik.documents.CalendarEntry;
import ru.nastavnik.documents.CalendarWriter;
import ru.nastavnik.events.AgendaEntry;
import ru.nastavnik.events.EventStatus;
import ru.nastavnik.events.EventView;

/**
 * Events as iCalendar entries ({@link CalendarWriter} writes them): the organiser's TZID, the event's id as the UID,
 * its sequence, STATUS:CANCELLED for a cancelled one; the agenda goes into the description.
 */
@Component
class CalendarFiles {

    /** One calendar of {@code events}; {@code name} is how a calendar application titles a subscribed feed. */
    String write(Collection<EventView> events, String name, Instant now) {
        return write(events, List.of(), name, now);
    }

    /** The events with {@code more} entries of other modules (a personal feed's programme activities). */
    String write(Collection<EventView> events, List<CalendarEntry> more, String name, Instant now) {
        List<CalendarEntry> entries = new java.util.ArrayList<>(
                events.stream().map(CalendarFiles::entry).toList());
        entries.addAll(more);
        return CalendarWriter.write(entries, name, now);
    }

    /** An invitation by mail from {@code organiser} to {@code attendees}, or ({@code cancel}) its withdrawal. */
    String invitation(EventView event, String organiser, List<String> attendees, boolean cancel, Instant now) {
        return CalendarWriter.write(
                List.of(entry(event).to(attendees)),
                event.title(),
                cancel ? CalendarWriter.Method.CANCEL : CalendarWriter.Method.REQUEST,
                organiser,
                now);
    }

    static CalendarEntry entry(EventView e) {
        return CalendarEntry.timed(
                e.id() + CalendarWriter.UID_DOMAIN,
                e.sequence(),
                e.startsAt().atZone(e.zone()),
                e.endsAt().atZone(e.zone()),
                e.title(),
                e.place() != null ? e.place() : e.onlineLink(),
                e.onlineLink(),
                description(e),
                e.status() == EventStatus.CANCELLED);
    }

    private static String description(EventView e) {
        StringBuilder text = new StringBuilder(e.description() == null ? "" : e.description());
        for (AgendaEntry item : e.agenda()) {
            text.append(text.isEmpty() ? "" : "\n")
                    .append(item.time() == null ? "" : item.time() + " ")
                    .append(item.topic());
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
