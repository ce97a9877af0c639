package ru.nastavnik.mentorship;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The production calendar the notice rule counts by, with each year's Government decree on moving days off
 * ({@code nastavnik.calendar.moved-days-off}) and working Saturdays ({@code nastavnik.calendar.working-days}),
 * as ISO dates separated by commas. A wrong date stops the start with its text, not a wrong notice later.
 */
@Component
class NoticeCalendar {

    private final WorkingDays days;

    NoticeCalendar(@Value("${nastavnik.calendar.moved-days-off:}") String movedDaysOff,
            @Value("${nastavnik.calendar.working-days:}") String workingDays) {
        this.days = WorkingDays.russian(dates("nastavnik.calendar.moved-days-off", movedDaysOff),
                dates("nastavnik.calendar.working-days", workingDays));
    }

    WorkingDays days() {
        return days;
    }

    private static List<LocalDate> dates(String property, String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(s -> {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw new IllegalStateException(property + ": «" + s + "» is not a date (YYYY-MM-DD)", e);
            }
        }).toList();
    }
}
