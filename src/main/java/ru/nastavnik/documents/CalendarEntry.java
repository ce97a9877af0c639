package ru.nastavnik.documents;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One VEVENT: timed ({@code start}/{@code end} in the zone whose VTIMEZONE is written) or a whole day ({@code day}, for
 * a programme activity dated by the day only). {@code uid} never changes for the same thing, {@code sequence} rises
 * with every change; {@code attendees} (e-mail addresses) only in an invitation by mail.
 */
public record CalendarEntry(
        String uid,
        int sequence,
        ZonedDateTime start,
        ZonedDateTime end,
        LocalDate day,
        String summary,
        String location,
        String url,
        String description,
        boolean cancelled,
        List<String> attendees) {

    public CalendarEntry {
        if ((start == null || end == null) == (day == null)) {
            throw new IllegalArgumentException("An entry is either timed or a whole day");
        }
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }

    public static CalendarEntry timed(
            String uid,
            int sequence,
            ZonedDateTime start,
            ZonedDateTime end,
            String summary,
            String location,
            String url,
            String description,
            boolean cancelled) {
        return new CalendarEntry(
                uid, sequence, start, end, null, summary, location, url, description, cancelled, List.of());
    }

    public static CalendarEntry wholeDay(
            String uid, int sequence, LocalDate day, String summary, String description, boolean cancelled) {
        return new CalendarEntry(
                uid, sequence, null, null, day, summary, null, null, description, cancelled, List.of());
    }

    /** The same entry addressed to {@code people}, for an invitation (METHOD:REQUEST) or its cancellation. */
    public CalendarEntry to(List<String> people) {
        return new CalendarEntry(
                uid, sequence, start, end, day, summary, location, url, description, cancelled, people);
    }
}
