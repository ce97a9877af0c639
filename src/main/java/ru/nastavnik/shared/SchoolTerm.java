package ru.nastavnik.shared;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The school year as mentoring lives it: lessons run from 1 September to the end of May (the summer is the pupils'
 * holidays and the teachers' leave), on working days of the production calendar the system is set up with
 * ({@code nastavnik.calendar.*}: the holidays of Labour Code art. 112 and each year's decree moving days off), the
 * same calendar the notice rule counts by. A pair's default term ends with the school year, as the roadmap's
 * monitoring stage does; a pair formed in spring, less than the Regulation's three months before the end of May, goes
 * on after the summer instead of across it. The pupils' autumn, winter and spring holidays (каникулы) have no lessons
 * either, so an open lesson or a lesson visit is never planned in them: the region or municipality sets them each year
 * ({@code nastavnik.calendar.school-holidays}); teachers work in them, so a roadmap's deadline may fall in them. The
 * application's one is a bean ({@code @schoolTerm} in templates).
 */
public final class SchoolTerm {

    /** By the holidays of art. 112 alone, without a decree's moves: for rules and tests that need no settings. */
    public static final SchoolTerm STATUTORY = new SchoolTerm(WorkingDays.russian(List.of(), List.of()), List.of());

    private static final int MINIMUM_MONTHS = 3;

    private final WorkingDays calendar;
    private final Set<LocalDate> holidays;

    /** {@code holidays}: the pupils' holidays within the school year, every day of them. */
    public SchoolTerm(WorkingDays calendar, Collection<LocalDate> holidays) {
        this.calendar = java.util.Objects.requireNonNull(calendar, "calendar");
        this.holidays = Set.copyOf(holidays);
    }

    /** The same calendar with another organisation's pupils' holidays instead of these. */
    public SchoolTerm withHolidays(Collection<LocalDate> holidays) {
        return new SchoolTerm(calendar, holidays);
    }

    /** The pupils' holidays as periods of consecutive days, in order. */
    public List<HolidayPeriod> holidayPeriods() {
        List<HolidayPeriod> periods = new java.util.ArrayList<>();
        LocalDate from = null;
        LocalDate last = null;
        for (LocalDate day : holidays.stream().sorted().toList()) {
            if (last == null
                    || !day.equals(last.plusDays(1))
                    || ChronoUnit.DAYS.between(from, day) >= HolidayPeriod.MAXIMUM_DAYS) {
                if (from != null) {
                    periods.add(new HolidayPeriod(from, last));
                }
                from = day;
            }
            last = day;
        }
        if (from != null) {
            periods.add(new HolidayPeriod(from, last));
        }
        return periods;
    }

    /** The end a new pair's form offers for a pair that starts on {@code start}. */
    public LocalDate defaultEnd(LocalDate start) {
        int year = start.getMonthValue() >= Month.JUNE.getValue() ? start.getYear() + 1 : start.getYear();
        LocalDate yearEnd = lastStudyDayOfMay(year);
        LocalDate minimum = start.plusMonths(MINIMUM_MONTHS);
        if (!yearEnd.isBefore(minimum)) {
            return yearEnd;
        }
        // the days still missing after 31 May are worked from 1 September
        long missing = Math.max(1, ChronoUnit.DAYS.between(LocalDate.of(year, Month.MAY, 31), minimum));
        LocalDate end = LocalDate.of(year, Month.SEPTEMBER, 1).plusDays(missing - 1);
        while (!studyDay(end)) {
            end = end.plusDays(1);
        }
        return end;
    }

    /** A day with lessons: a working day from September to May outside the pupils' holidays. */
    public boolean studyDay(LocalDate day) {
        Month month = day.getMonth();
        return month != Month.JUNE
                && month != Month.JULY
                && month != Month.AUGUST
                && calendar.working(day)
                && !holidays.contains(day);
    }

    /** Whether the pupils' holidays of the school year {@code day} lies in are known (set up for it). */
    public boolean holidaysKnownFor(LocalDate day) {
        int autumn = day.getMonthValue() >= Month.JUNE.getValue() ? day.getYear() : day.getYear() - 1;
        LocalDate from = LocalDate.of(autumn, Month.SEPTEMBER, 1);
        LocalDate to = LocalDate.of(autumn + 1, Month.MAY, 31);
        return holidays.stream().anyMatch(h -> !h.isBefore(from) && !h.isAfter(to));
    }

    /** {@code day}, or the working day after it if it is a day off. */
    public LocalDate workingOnOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!calendar.working(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The study days of {@code [from, to]} in order; empty if the period has none (it lies in a summer). */
    public List<LocalDate> studyDays(LocalDate from, LocalDate to) {
        return to.isBefore(from)
                ? List.of()
                : from.datesUntil(to.plusDays(1)).filter(this::studyDay).toList();
    }

    private LocalDate lastStudyDayOfMay(int year) {
        LocalDate day = LocalDate.of(year, Month.MAY, 31);
        while (!studyDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }
}
