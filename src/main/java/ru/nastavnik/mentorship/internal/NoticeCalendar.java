package ru.nastavnik.mentorship.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.organisation.SchoolDays;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.WorkingDays;

/**
 * The production calendar the notice rule counts by, with each year's Government decree on moving days off
 * ({@code nastavnik.calendar.moved-days-off}) and working Saturdays ({@code nastavnik.calendar.working-days}),
 * as ISO dates separated by commas. A wrong date stops the start with its text, not a wrong notice later.
 */
@Component
class NoticeCalendar {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(NoticeCalendar.class);

    private final WorkingDays days;
    private final SchoolDates schoolDates;

    NoticeCalendar(
            @Value("${nastavnik.calendar.moved-days-off:}") String movedDaysOff,
            @Value("${nastavnik.calendar.working-days:}") String workingDays,
            SchoolDates schoolDates,
            Clock clock) {
        this.schoolDates = schoolDates;
        List<LocalDate> moved = dates("nastavnik.calendar.moved-days-off", movedDaysOff);
        this.days = WorkingDays.russian(moved, dates("nastavnik.calendar.working-days", workingDays));
        int year = LocalDate.now(clock).getYear();
        if (moved.stream().noneMatch(d -> d.getYear() == year)) {
            // every year the Government moves some days off; without them a notice may count a day off as working
            log.warn(
                    "No moved days off for {} in nastavnik.calendar.moved-days-off (NASTAVNIK_CALENDAR_DAYS_OFF): add this "
                            + "year's decree, or the 3-working-day notice counts only weekends and the holidays of art. 112",
                    year);
        }
    }

    WorkingDays days() {
        return days;
    }

    /** Today where the school is: a notice given at 1 a.m. in Moscow is dated that day, not the day before in UTC. */
    LocalDate today(OrganisationId organisation) {
        return schoolDates.today(organisation);
    }

    /** Every school's today, for a job that runs for all of them at once. */
    SchoolDays everywhere() {
        return schoolDates.everywhere();
    }

    private static List<LocalDate> dates(String property, String text) {
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> {
                    try {
                        return LocalDate.parse(s);
                    } catch (DateTimeParseException e) {
                        throw new IllegalStateException(property + ": «" + s + "» is not a date (YYYY-MM-DD)", e);
                    }
                })
                .toList();
    }
}
