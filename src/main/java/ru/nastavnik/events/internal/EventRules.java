package ru.nastavnik.events.internal;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import ru.nastavnik.events.AgendaEntry;
import ru.nastavnik.events.EventKind;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.InvalidInputException.Problem;

/** What an event's details must satisfy; every problem is named at once, each on its field. */
final class EventRules {

    /** How far ahead an event may be planned. */
    static final int FURTHEST_YEARS = 2;

    private EventRules() {}

    /** {@code saved}: the agenda before an edit (none for a new event), to tell new hours from a mistyped line. */
    static void check(EventDetails d, List<AgendaEntry> saved, Instant now, ZoneId zone) {
        List<Problem> problems = new ArrayList<>();
        if (d.kind() == null) {
            problems.add(Problem.field("kind", "event.kind.required"));
        } else if (d.kind() == EventKind.OTHER && d.customKind() == null) {
            problems.add(Problem.field("kind", "event.kind.customRequired"));
        }
        if (d.title() == null || d.title().isBlank()) {
            problems.add(Problem.field("title", "event.title.required"));
        } else if (d.title().strip().length() > 300) {
            problems.add(Problem.field("title", "event.title.tooLong"));
        }
        if (d.description() != null && d.description().strip().length() > 4000) {
            problems.add(Problem.field("description", "event.description.tooLong"));
        }
        if (d.startsAt() == null) {
            problems.add(Problem.field("startsAt", "event.startsAt.required"));
        } else if (!d.startsAt().atZone(zone).toInstant().isAfter(now)) {
            problems.add(Problem.field("startsAt", "event.startsAt.past"));
        } else if (d.startsAt()
                .atZone(zone)
                .toInstant()
                .isAfter(now.atZone(zone).plusYears(FURTHEST_YEARS).toInstant())) {
            // a school plans its year and the next one; «2126» is a typo for «2026»
            problems.add(Problem.field("startsAt", "event.startsAt.tooFar", FURTHEST_YEARS));
        }
        if (d.endsAt() == null) {
            problems.add(Problem.field("endsAt", "event.endsAt.required"));
        } else if (d.startsAt() != null && !d.endsAt().isAfter(d.startsAt())) {
            problems.add(Problem.field("endsAt", "event.endsAt.beforeStart"));
        }
        if (blankToNull(d.place()) == null && blankToNull(d.onlineLink()) == null) {
            problems.add(Problem.field("place", "event.place.required"));
        } else if (d.place() != null && d.place().strip().length() > 500) {
            problems.add(Problem.field("place", "event.place.tooLong"));
        }
        if (blankToNull(d.onlineLink()) != null && !isWebLink(d.onlineLink().strip())) {
            problems.add(Problem.field("onlineLink", "event.onlineLink.invalid"));
        }
        if (d.capacity() != null && d.capacity() < 1) {
            problems.add(Problem.field("capacity", "event.capacity.invalid"));
        }
        if (d.schools().isEmpty() && d.people().isEmpty()) {
            problems.add(Problem.field("schools", "event.invited.required"));
        }
        for (int i = 0; i < d.agenda().size(); i++) {
            AgendaEntry a = d.agenda().get(i);
            if (a.topic() == null || a.topic().isBlank() || a.topic().strip().length() > 500) {
                problems.add(Problem.field("agenda[" + i + "].topic", "event.agenda.topic.invalid", i + 1));
            }
            if (a.speakerText() != null && a.speakerText().strip().length() > 300) {
                problems.add(Problem.field("agenda[" + i + "].speakerText", "event.agenda.speaker.tooLong", i + 1));
            }
        }
        AgendaHours.check(d.startsAt(), d.endsAt(), d.agenda(), saved, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static boolean isWebLink(String link) {
        try {
            URI uri = new URI(link);
            return link.length() <= 1000
                    && uri.getHost() != null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
