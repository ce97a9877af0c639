package ru.nastavnik.survey;

import ru.nastavnik.shared.InvalidInputException;

/**
 * One choice of a single- or multiple-choice question: a stable key (what is stored) and its label; {@code correct}
 * marks the right answer of a scored question (a mastery check), and means nothing elsewhere. A {@code Boolean}:
 * contents stored before it existed, and API bodies that leave it out, read as {@code false}.
 */
public record Option(String key, String label, Boolean correct) {

    public Option(String key, String label) {
        this(key, label, false);
    }

    public Option {
        correct = Boolean.TRUE.equals(correct);
        if (key == null || !key.matches("[A-Za-z0-9_-]{1,60}")) {
            throw InvalidInputException.of("options", "survey.option.key.invalid");
        }
        if (label == null || label.isBlank() || label.length() > 300) {
            throw InvalidInputException.of("options", "survey.option.label.invalid");
        }
        label = label.strip();
    }
}
