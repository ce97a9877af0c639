package ru.nastavnik.shared.web;

import java.time.Instant;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;

/**
 * Dates a school can mean: years 1 to 9999. Java reads «+999999999-12-31» as a date, and a birthday or a deadline that
 * far off then overflowed in arithmetic (an age, a reminder) or in PostgreSQL (its timestamps end in 294276) into a
 * server error; such a value is refused where it enters — a JSON body's field, a request parameter — as bad input.
 */
final class CalendarYears {

    static final int FIRST = 1;
    static final int LAST = 9999;

    static final String MESSAGE_KEY = "error.badRequest.year";

    /**
     * A date (or date and time) a form would read outside years 1–9999: ISO with a signed year ({@code +10000-01-01},
     * {@code -0001-01-01}) or year {@code 0000}, and the Russian form with a year of five digits or more
     * ({@code 31.12.999999999}, {@code 31.12.+10000}: a form field without an ISO format reads dates in the page's
     * locale). Nothing else: an order number such as {@code 12345-01-02} in a search stays a search.
     */
    private static final Pattern FAR_DATE = Pattern.compile(
            "(([+-]\\d{4,}|0000)-\\d{2}-\\d{2}(T.*)?)|(\\d{1,2}\\.\\d{1,2}\\.([+-]\\d+|\\d{5,}|0{1,4})(\\s.*)?)",
            Pattern.DOTALL);

    private static final Instant FIRST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LAST_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private CalendarYears() {}

    static boolean farText(String value) {
        return value != null && FAR_DATE.matcher(value.strip()).matches();
    }

    static boolean far(Object value) {
        if (value instanceof Instant instant) {
            // an instant past LocalDate's years (Instant.MAX lies in year 1,000,000,000) has no date to take a year of
            return instant.isBefore(FIRST_INSTANT) || instant.isAfter(LAST_INSTANT);
        }
        if (value instanceof TemporalAccessor temporal && temporal.isSupported(ChronoField.YEAR)) {
            int year = temporal.get(ChronoField.YEAR);
            return year < FIRST || year > LAST;
        }
        return false;
    }
}
