package ru.nastavnik.monitoring.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import ru.nastavnik.monitoring.internal.ContestLevel;
import ru.nastavnik.monitoring.internal.NewResult;
import ru.nastavnik.monitoring.internal.PublicationKind;
import ru.nastavnik.monitoring.internal.ResultKind;
import ru.nastavnik.people.QualificationCategory;
import ru.nastavnik.shared.InvalidInputException;

/**
 * A result of the programme as typed (stage 2 of its monitoring): its choices and date come as text, so that one that
 * does not exist names its field instead of failing the request.
 */
record ResultForm(
        String kind, String category, String level, Boolean won, String title, String achievedOn, String publication) {

    NewResult result() {
        return new NewResult(
                choice(ResultKind.class, "kind", kind, "review.result.kind.required"),
                choice(QualificationCategory.class, "category", category, "review.result.category.required"),
                choice(ContestLevel.class, "level", level, "review.result.level.required"),
                Boolean.TRUE.equals(won),
                title,
                date(achievedOn),
                choice(PublicationKind.class, "publication", publication, "monitoringPublications.kind.required"));
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String field, String value, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, message);
        }
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("achievedOn", "review.result.date.invalid");
        }
    }
}
