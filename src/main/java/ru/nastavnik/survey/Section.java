package ru.nastavnik.survey;

import java.util.List;
import ru.nastavnik.shared.InvalidInputException;

/** A titled part of a questionnaire. */
public record Section(String title, List<Question> questions) {

    public Section {
        if (title == null || title.isBlank() || title.length() > 300) {
            throw InvalidInputException.of("sectionTitle", "survey.section.title.invalid");
        }
        title = title.strip();
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
