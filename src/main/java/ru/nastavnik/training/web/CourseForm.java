package ru.nastavnik.training.web;

import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.training.internal.CourseDraft;

/**
 * An external course as typed in a form or sent to the API: the hours and dates arrive as text, so that a word
 * in the hours or a date that does not exist is answered like any other bad input, naming the field.
 */
record CourseForm(
        String provider,
        String title,
        @Parameter(description = "Часов, целое больше нуля") String hours,
        @Parameter(description = "Начало, ГГГГ-ММ-ДД") String startsOn,
        @Parameter(description = "Окончание, ГГГГ-ММ-ДД") String endsOn) {

    CourseDraft draft() {
        return new CourseDraft(provider, title, parsedHours(), date("startsOn", startsOn), date("endsOn", endsOn));
    }

    private Integer parsedHours() {
        if (hours == null || hours.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(hours.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("hours", "training.course.hours.invalid", 3000);
        }
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "training.course.date.invalid");
        }
    }
}
