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
 * 1 September, and are squeezed in proportion if they would run into May; none falls sooner than a week from today
 * or on a day off. The closing stages keep their usual dates, and a plan made from May on keeps every usual date.
 */
final class LateStart {

    private static final int LEAD_DAYS = 7;

    private LateStart() {}

    static List<LocalDate> deadlines(
            List<DefaultRoadmap.Item> items, SchoolYear year, LocalDate today, SchoolTerm term) {
        List<LocalDate> usual = items.stream().map(i -> i.deadline(year)).toList();
        LocalDate closingFrom = LocalDate.of(year.startYear() + 1, Month.MAY, 1);
        // from May the year is closing: a plan made then keeps the usual dates (nothing is left to re-date into)
        if (!today.isAfter(year.start()) || !today.isBefore(closingFrom)) {
            return usual;
        }
        long span = usual.stream()
                .filter(d -> d.isBefore(closingFrom))
                .mapToLong(d -> ChronoUnit.DAYS.between(year.start(), d))
                .max()
                .orElse(0);
        long room = Math.max(0, ChronoUnit.DAYS.between(today, closingFrom.minusDays(1)));
        double squeeze = span == 0 ? 1 : Math.min(1, (double) room / span);
        LocalDate earliest = today.plusDays(LEAD_DAYS);
        return usual.stream()
                .map(d -> {
                    if (!d.isBefore(closingFrom)) {
                        return d;
                    }
                    LocalDate moved = today.plusDays(Math.round(ChronoUnit.DAYS.between(year.start(), d) * squeeze));
                    return term.workingOnOrAfter(moved.isBefore(earliest) ? earliest : moved);
                })
                .toList();
    }
}
