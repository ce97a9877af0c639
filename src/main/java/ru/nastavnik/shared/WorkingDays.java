package ru.nastavnik.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days by the Russian production calendar, for the employer's notice (Labour Code art. 351.8: at least three
 * working days) and the dates of a programme's plan: Saturdays and Sundays off; the public holidays of art. 112; a holiday that falls on a day off
 * moves to the next working day (art. 112 part 2), except the January ones, which the Government moves by its yearly
 * decree — those moves, and working Saturdays, come from the settings ({@code nastavnik.calendar.*}).
 */
public final class WorkingDays {

    /** Weekends only: for tests of rules that do not depend on the calendar. */
    public static final WorkingDays WEEKENDS_ONLY = new WorkingDays(List.of(), List.of(), false);

    private static final List<MonthDay> HOLIDAYS = List.of(
            MonthDay.of(1, 1),
            MonthDay.of(1, 2),
            MonthDay.of(1, 3),
            MonthDay.of(1, 4),
            MonthDay.of(1, 5),
            MonthDay.of(1, 6),
            MonthDay.of(1, 7),
            MonthDay.of(1, 8),
            MonthDay.of(2, 23),
            MonthDay.of(3, 8),
            MonthDay.of(5, 1),
            MonthDay.of(5, 9),
            MonthDay.of(6, 12),
            MonthDay.of(11, 4));

    private final Set<LocalDate> daysOff;
    private final Set<LocalDate> workingDays;
    private final boolean holidays;
    private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    private WorkingDays(Collection<LocalDate> daysOff, Collection<LocalDate> workingDays, boolean holidays) {
        this.daysOff = Set.copyOf(daysOff);
        this.workingDays = Set.copyOf(workingDays);
        this.holidays = holidays;
    }

    /** The production calendar with the decree's moved days off and working days. */
    public static WorkingDays russian(Collection<LocalDate> movedDaysOff, Collection<LocalDate> workingDays) {
        return new WorkingDays(movedDaysOff, workingDays, true);
    }

    public boolean working(LocalDate day) {
        if (workingDays.contains(day)) {
            return true;
        }
        if (weekend(day) || daysOff.contains(day)) {
            return false;
        }
        return !holidays || !holidaysOf(day.getYear()).contains(day);
    }

    /** The earliest day the employer's cancellation may take effect when notice is given on {@code notice}. */
    public LocalDate earliestEnd(LocalDate notice, int days) {
        LocalDate day = notice;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (working(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The year's holidays and the weekdays they moved to. */
    private Set<LocalDate> holidaysOf(int year) {
        return byYear.computeIfAbsent(year, y -> {
            Set<LocalDate> off = new HashSet<>();
            HOLIDAYS.forEach(h -> off.add(h.atYear(y)));
            for (MonthDay h : HOLIDAYS) {
                LocalDate date = h.atYear(y);
                if (date.getMonthValue() != 1 && weekend(date)) {
                    LocalDate moved = date.plusDays(1);
                    while (weekend(moved) || off.contains(moved)) {
                        moved = moved.plusDays(1);
                    }
                    off.add(moved);
                }
            }
            return off;
        });
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
