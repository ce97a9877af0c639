package ru.nastavnik.survey;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import ru.nastavnik.shared.InvalidInputException;

/**
 * One question. A choice question needs at least two options; a scale runs from 1 to 5 or to 10; a question
 * bound to a bank field must be of the type that field takes. {@code points}: what a right answer earns in a scored
 * questionnaire (a mastery check, see {@link Scoring}); {@code null} in an ordinary one.
 */
public record Question(
        String key,
        QuestionType type,
        String text,
        String hint,
        boolean required,
        List<Option> options,
        Integer scaleMax,
        BankField bankField,
        Integer points) {

    static final int MAX_TEXT_ANSWER = 4000;
    static final int MAX_POINTS = 100;

    public Question(
            String key,
            QuestionType type,
            String text,
            String hint,
            boolean required,
            List<Option> options,
            Integer scaleMax,
            BankField bankField) {
        this(key, type, text, hint, required, options, scaleMax, bankField, null);
    }

    public Question {
        if (points != null && (points < 0 || points > MAX_POINTS)) {
            throw InvalidInputException.of("points", "survey.question.points.range", MAX_POINTS);
        }
        if (key == null || !key.matches("[A-Za-z0-9_-]{1,40}")) {
            throw InvalidInputException.of("key", "survey.question.key.invalid");
        }
        if (type == null) {
            throw InvalidInputException.of("type", "survey.question.type.required");
        }
        if (text == null || text.isBlank() || text.length() > 1000) {
            throw InvalidInputException.of("text", "survey.question.text.invalid");
        }
        text = text.strip();
        hint = hint == null || hint.isBlank() ? null : hint.strip();
        if (hint != null && hint.length() > 1000) {
            throw InvalidInputException.of("hint", "survey.question.hint.tooLong");
        }
        options = options == null ? List.of() : List.copyOf(options);
        if (type.hasOptions()) {
            if (options.size() < 2 || options.size() > 50) {
                throw InvalidInputException.of("options", "survey.question.options.count");
            }
            if (options.stream().map(Option::key).distinct().count() != options.size()) {
                throw InvalidInputException.of("options", "survey.question.options.duplicate");
            }
        } else {
            options = List.of();
        }
        if (type == QuestionType.SCALE) {
            if (scaleMax == null || (scaleMax != 5 && scaleMax != 10)) {
                throw InvalidInputException.of("scaleMax", "survey.question.scale.invalid");
            }
        } else {
            scaleMax = null;
        }
        if (bankField != null && bankField.type() != type) {
            throw InvalidInputException.of("bankField", "survey.question.bankField.type");
        }
    }

    /** The answer cleaned and checked against this question; an empty list is "not answered". */
    List<String> check(List<String> raw, Set<String> topicCodes, boolean submitting) {
        List<String> values = raw == null
                ? List.of()
                : raw.stream()
                        .filter(v -> v != null && !v.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
        if (values.isEmpty()) {
            if (submitting && required) {
                throw InvalidInputException.of(key, "survey.answer.required", text);
            }
            return List.of();
        }
        switch (type) {
            case SINGLE, MULTIPLE -> {
                if (type == QuestionType.SINGLE && values.size() > 1) {
                    throw InvalidInputException.of(key, "survey.answer.single", text);
                }
                Set<String> keys = Set.copyOf(options.stream().map(Option::key).toList());
                if (!keys.containsAll(values)) {
                    throw InvalidInputException.of(key, "survey.answer.unknownOption", text);
                }
            }
            case SCALE -> {
                int value;
                try {
                    value = values.size() == 1 ? Integer.parseInt(values.get(0)) : -1;
                } catch (NumberFormatException e) {
                    value = -1;
                }
                if (value < 1 || value > scaleMax) {
                    throw InvalidInputException.of(key, "survey.answer.scale", text, scaleMax);
                }
            }
            case TEXT -> {
                if (values.size() > 1 || values.get(0).length() > MAX_TEXT_ANSWER) {
                    throw InvalidInputException.of(key, "survey.answer.tooLong", text, MAX_TEXT_ANSWER);
                }
            }
            case DATE -> {
                try {
                    LocalDate date = values.size() == 1 ? LocalDate.parse(values.get(0)) : null;
                    if (date == null || date.getYear() < 1900 || date.getYear() > 2100) {
                        throw InvalidInputException.of(key, "survey.answer.date", text);
                    }
                } catch (DateTimeParseException e) {
                    throw InvalidInputException.of(key, "survey.answer.date", text);
                }
            }
            case TOPICS -> {
                if (!topicCodes.containsAll(values)) {
                    throw InvalidInputException.of(key, "survey.answer.unknownOption", text);
                }
            }
        }
        return values;
    }

    /** The label of a stored value, for results and exports. */
    public String label(String value) {
        return options.stream()
                .filter(o -> o.key().equals(value))
                .map(Option::label)
                .findFirst()
                .orElse(value);
    }
}
