package ru.nastavnik.roadmap.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.roadmap.internal.ActivityEdit;
import ru.nastavnik.shared.InvalidInputException;

/** An activity as typed in the form or sent to the API: the deadline arrives as text, so a bad date names its field. */
record ActivityForm(String content, String deadline, PersonId responsible) {

    ActivityEdit edit() {
        return new ActivityEdit(content, date(), responsible);
    }

    private LocalDate date() {
        if (deadline == null || deadline.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(deadline.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("deadline", "roadmap.activity.deadline.invalid");
        }
    }
}
