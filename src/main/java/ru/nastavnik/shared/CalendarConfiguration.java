package ru.nastavnik.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The production calendar the system is set up with: the holidays of Labour Code art. 112 are built in, each year's
 * Government decree moving days off ({@code nastavnik.calendar.moved-days-off}) and working Saturdays
 * ({@code nastavnik.calendar.working-days}) come from the settings as ISO dates separated by commas. The notice rule
 * counts its working days by it and a programme's plan, a roadmap and a pair's term are dated on its study days
 * ({@link SchoolTerm}), without the pupils' holidays the region or municipality sets each year
 * ({@code nastavnik.calendar.school-holidays}: periods {@code 2026-10-26..2026-11-03} or single dates, separated by
 * commas). A wrong date stops the start with its text, not a wrong date later.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CalendarConfiguration.class);

    @Bean
    WorkingDays workingDays(
            @Value("${nastavnik.calendar.moved-days-off:}") String movedDaysOff,
            @Value("${nastavnik.calendar.working-days:}") String workingDays,
            Clock clock) {
        List<LocalDate> moved = dates("nastavnik.calendar.moved-days-off", movedDaysOff);
        int year = LocalDate.now(clock).getYear();
        if (moved.stream().noneMatch(d -> d.getYear() == year)) {
            // every year the Government moves some days off; without them a day off may be counted as working
            log.warn(
                    "No moved days off for {} in nastavnik.calendar.moved-days-off (NASTAVNIK_CALENDAR_DAYS_OFF): add this "
                            + "year's decree, or the 3-working-day notice and the plans' dates count only weekends and "
                            + "the holidays of art. 112",
                    year);
        }
        return WorkingDays.russian(moved, dates("nastavnik.calendar.working-days", workingDays));
    }

    @Bean
    SchoolTerm schoolTerm(
            WorkingDays workingDays,
            @Value("${nastavnik.calendar.school-holidays:}") String schoolHolidays,
            Clock clock) {
        SchoolTerm term = new SchoolTerm(workingDays, periods("nastavnik.calendar.school-holidays", schoolHolidays));
        LocalDate today = LocalDate.now(clock);
        if (!term.holidaysKnownFor(today)) {
            // without them a programme's open lesson may be planned when there are no lessons
            log.warn(
                    "No pupils' holidays of the school year of {} in nastavnik.calendar.school-holidays "
                            + "(NASTAVNIK_CALENDAR_SCHOOL_HOLIDAYS): add the autumn, winter and spring holidays the "
                            + "region sets, or the programmes' plans may date lessons in them",
                    today);
        }
        return term;
    }

    /** Every day of the periods ({@link HolidayPeriod}: {@code from..to}, both included) and single dates of {@code text}. */
    static List<LocalDate> periods(String property, String text) {
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .flatMap(s -> {
                    try {
                        return HolidayPeriod.parse(s).days();
                    } catch (HolidayPeriod.Invalid e) {
                        throw new IllegalStateException(
                                property + ": «" + s + "» "
                                        + switch (e.reason()) {
                                            case NOT_A_PERIOD -> "is not a period (YYYY-MM-DD..YYYY-MM-DD)";
                                            case NOT_A_DATE -> "has a date that does not exist";
                                            case TOO_LONG ->
                                                "ends before it starts or lasts more than " + HolidayPeriod.MAXIMUM_DAYS
                                                        + " days";
                                        },
                                e);
                    }
                })
                .toList();
    }

    static List<LocalDate> dates(String property, String text) {
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> date(property, s))
                .toList();
    }

    private static LocalDate date(String property, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(property + ": «" + text + "» is not a date (YYYY-MM-DD)", e);
        }
    }
}
