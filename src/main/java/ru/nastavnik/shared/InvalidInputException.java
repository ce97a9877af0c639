package ru.nastavnik.shared;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

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

    /** Runs {@code change}; a refusal comes out with its fields {@linkplain #renamed(Map) renamed}. */
    public static <T> T naming(Map<String, String> names, Supplier<T> change) {
        try {
            return change.get();
        } catch (InvalidInputException refused) {
            throw refused.renamed(names);
        }
    }

    /**
     * The same problems with their fields named as the caller's input names them: a service names the field of the
     * page's form («mentee»), an API body may call it otherwise («menteeId»), and a client must find its own field.
     */
    public InvalidInputException renamed(Map<String, String> names) {
        return new InvalidInputException(problems.stream()
                .map(p -> new Problem(names.getOrDefault(p.field(), p.field()), p.row(), p.messageKey(), p.args()))
                .toList());
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
