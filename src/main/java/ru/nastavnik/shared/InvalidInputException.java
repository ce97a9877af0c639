package ru.nastavnik.shared;

import java.util.List;

/**
 * Bad input that the user can correct: each problem names the field (or row and column) and a message key,
 * resolved in Russian by the web layer. Nothing has been changed when this is thrown.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid input" : problems.get(0).messageKey());
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String messageKey, Object... args) {
        return new InvalidInputException(List.of(Problem.field(field, messageKey, args)));
    }

    public List<Problem> problems() {
        return problems;
    }

    public record Problem(String field, Integer row, String messageKey, List<Object> args) {

        public static Problem field(String field, String messageKey, Object... args) {
            return new Problem(field, null, messageKey, List.of(args));
        }

        public static Problem cell(int row, String column, String messageKey, Object... args) {
            return new Problem(column, row, messageKey, List.of(args));
        }
    }
}
