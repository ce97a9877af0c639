package ru.nastavnik.roadmap.internal;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.List;
import ru.nastavnik.shared.SchoolTerm;

/**
 * The default deadlines of a plan a school makes in the middle of its school year, when it starts using the system
 * in, say, December: the Regulation order approves this plan, and a director does not sign deadlines already passed.
 * The opening stages (due before May) keep their order and their intervals, counted from today instead of from
 * 1 September, and are squeezed in proportion if they would run into May; the closing ones keep their May dates.
 * None falls sooner than a week from today or on a day off.
 */
final class LateStart {

    private static final int LEAD_DAYS = 7;

    private LateStart() {}

    static List<LocalDate> deadlines(List<DefaultRoadmap.Item> items, SchoolYear year, LocalDate today) {
        List<LocalDate> usual = items.stream().map(i -> i.deadline(year)).toList();
        if (!year.contains(today) || !today.isAfter(year.start())) {
            return usual;
        }
        LocalDate closingFrom = LocalDate.of(year.startYear() + 1, Month.MAY, 1);
        long span = usual.stream()
                .filter(d -> d.isBefore(closingFrom))
                .mapToLong(d -> ChronoUnit.DAYS.between(year.start(), d))
                .max()
                .orElse(0);
        long room = Math.max(0, ChronoUnit.DAYS.between(today, closingFrom.minusDays(1)));
        double squeeze = span == 0 ? 1 : Math.min(1, (double) room / span);
        LocalDate earliest = today.plusDays(LEAD_DAYS);
        LocalDate last = year.end();
        return usual.stream()
                .map(d -> {
                    LocalDate moved = d.isBefore(closingFrom)
                            ? today.plusDays(Math.round(ChronoUnit.DAYS.between(year.start(), d) * squeeze))
                            : d;
                    LocalDate due = SchoolTerm.workingOnOrAfter(moved.isBefore(earliest) ? earliest : moved);
                    return due.isAfter(last) ? last : due;
                })
                .toList();
    }
}
