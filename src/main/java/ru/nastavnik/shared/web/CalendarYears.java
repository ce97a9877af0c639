package ru.nastavnik.shared.web;

import java.time.Instant;
import java.time.ZoneOffset;
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

    /** An ISO date whose year has more than four digits (the form ISO 8601 allows only with a sign). */
    private static final Pattern FAR_ISO_DATE = Pattern.compile("[+-]?\\d{5,}-\\d{1,2}-\\d{1,2}.*", Pattern.DOTALL);

    static final String MESSAGE_KEY = "error.badRequest.year";

    private CalendarYears() {}

    static boolean farText(String value) {
        return value != null && FAR_ISO_DATE.matcher(value.strip()).matches();
    }

    static boolean far(Object value) {
        Integer year = null;
        if (value instanceof Instant instant) {
            year = year(instant);
        } else if (value instanceof TemporalAccessor temporal && temporal.isSupported(ChronoField.YEAR)) {
            year = temporal.get(ChronoField.YEAR);
        }
        return year != null && (year < FIRST || year > LAST);
    }

    private static Integer year(Instant instant) {
        // Instant.MAX lies in year 1,000,000,000: the offset date time of any instant exists
        return instant.atOffset(ZoneOffset.UTC).getYear();
    }
}
