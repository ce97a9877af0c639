package ru.nastavnik.mentorship;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.shared.OrganisationId;

/**
 * The production calendar the notice rule counts by, with each year's Government decree on moving days off
 * ({@code nastavnik.calendar.moved-days-off}) and working Saturdays ({@code nastavnik.calendar.working-days}),
 * as ISO dates separated by commas. A wrong date stops the start with its text, not a wrong notice later.
 */
@Component
class NoticeCalendar {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(NoticeCalendar.class);

    private final WorkingDays days;
    private final Organisations organisations;
    private final Clock clock;

    NoticeCalendar(
            @Value("${nastavnik.calendar.moved-days-off:}") String movedDaysOff,
            @Value("${nastavnik.calendar.working-days:}") String workingDays,
            Organisations organisations,
            Clock clock) {
        this.organisations = organisations;
        this.clock = clock;
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
        ZoneId zone = organisations
                .find(organisation)
                .map(OrganisationSummary::timeZone)
                .filter(z -> z != null && !z.isBlank())
                .flatMap(NoticeCalendar::zone)
                .orElse(ZoneId.of("Europe/Moscow"));
        return LocalDate.now(clock.withZone(zone));
    }

    private static java.util.Optional<ZoneId> zone(String id) {
        try {
            return java.util.Optional.of(ZoneId.of(id));
        } catch (java.time.DateTimeException e) {
            return java.util.Optional.empty();
        }
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
