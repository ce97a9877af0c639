package ru.nastavnik.survey;

import ru.nastavnik.shared.InvalidInputException;

/** One choice of a single- or multiple-choice question: a stable key (what is stored) and its label. */
public record Option(String key, String label) {

    public Option {
        if (key == null || !key.matches("[A-Za-z0-9_-]{1,60}")) {
            throw InvalidInputException.of("options", "survey.option.key.invalid");
        }
        if (label == null || label.isBlank() || label.length() > 300) {
            throw InvalidInputException.of("options", "survey.option.label.invalid");
        }
        label = label.strip();
    }
}
