package ru.nastavnik.events.internal;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import ru.nastavnik.events.AgendaEntry;
import ru.nastavnik.events.EventView;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.InvalidInputException.Problem;

/**
 * Each point of the agenda begins within the event's hours: from its start, and before its end (a point that begins
 * when the event ends has no time left). The announcement prints the agenda as the timetable the invited will
 * follow, so «14:00» in a seminar of 11:00–13:00 would send them to an empty room. A line's time names no day, so an
 * event over several days (or past midnight) is not checked; a line without a time neither.
 */
final class AgendaHours {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private AgendaHours() {}

    /**
     * Adds a problem on each line outside the hours and, when the lines were saved before (so it is the hours that
     * changed, on an edit), one on the hour that excludes them, naming them: the curator sees why her new hours are
     * refused.
     */
    static void check(
            LocalDateTime start,
            LocalDateTime end,
            List<AgendaEntry> agenda,
            List<AgendaEntry> saved,
            List<Problem> problems) {
        if (!checked(start, end)) {
            return;
        }
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (int i = 0; i < agenda.size(); i++) {
            AgendaEntry line = agenda.get(i);
            if (!outside(start, end, line)) {
                continue;
            }
            problems.add(Problem.field(
                    "agenda[" + i + "].time",
                    "event.agenda.time.outside",
                    i + 1,
                    HH_MM.format(line.time()),
                    hours(start),
                    hours(end)));
            if (wasSaved(line, saved)) {
                (line.time().isBefore(minutes(start)) ? before : after).add(named(i, line));
            }
        }
        if (!before.isEmpty()) {
            problems.add(Problem.field(
                    "startsAt", "event.hours.excludeAgenda", hours(start), hours(end), String.join(", ", before)));
        }
        if (!after.isEmpty()) {
            problems.add(Problem.field(
                    "endsAt", "event.hours.excludeAgenda", hours(start), hours(end), String.join(", ", after)));
        }
    }

    /**
     * Refuses the announcement of a planned event whose agenda, saved before this rule, lies outside its hours: printed
     * as typed it would be an impossible timetable; the organiser corrects it on the event's edit.
     */
    static void requirePrintable(EventView e) {
        ZoneId zone = e.zone();
        LocalDateTime start = LocalDateTime.ofInstant(e.startsAt(), zone);
        LocalDateTime end = LocalDateTime.ofInstant(e.endsAt(), zone);
        if (!checked(start, end)) {
            return;
        }
        List<AgendaEntry> agenda = e.agenda();
        String lines = java.util.stream.IntStream.range(0, agenda.size())
                .filter(i -> outside(start, end, agenda.get(i)))
                .mapToObj(i -> named(i, agenda.get(i)))
                .collect(Collectors.joining(", "));
        if (!lines.isEmpty()) {
            throw InvalidInputException.of(
                    "agenda", "event.announcement.agendaOutside", hours(start), hours(end), lines);
        }
    }

    private static boolean checked(LocalDateTime start, LocalDateTime end) {
        return start != null
                && end != null
                && end.isAfter(start)
                && start.toLocalDate().equals(end.toLocalDate());
    }

    /** Compared to the minute: the agenda is typed in hours and minutes. */
    private static boolean outside(LocalDateTime start, LocalDateTime end, AgendaEntry line) {
        if (line.time() == null) {
            return false;
        }
        LocalTime time = line.time().truncatedTo(ChronoUnit.MINUTES);
        return time.isBefore(minutes(start)) || !time.isBefore(minutes(end));
    }

    private static boolean wasSaved(AgendaEntry line, List<AgendaEntry> saved) {
        return saved.stream()
                .anyMatch(s -> Objects.equals(s.time(), line.time())
                        && s.topic() != null
                        && line.topic() != null
                        && s.topic().strip().equals(line.topic().strip()));
    }

    private static LocalTime minutes(LocalDateTime at) {
        return at.toLocalTime().truncatedTo(ChronoUnit.MINUTES);
    }

    private static String hours(LocalDateTime at) {
        return HH_MM.format(at);
    }

    /** «2 (14:00)»: the line's number as the curator counts them, and its time. */
    private static String named(int index, AgendaEntry line) {
        return (index + 1) + " (" + HH_MM.format(line.time()) + ")";
    }
}
