package ru.nastavnik.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;

/**
 * Runs Bean Validation on a request inside the service, so that the browser form and the API get the same
 * checks and the same Russian messages (constraint messages are message keys in braces).
 */
public final class Validation {

    private Validation() {}

    public static void check(Validator validator, Object request) {
        List<InvalidInputException.Problem> problems = validator.validate(request).stream()
                .sorted(Comparator.comparing(
                        (ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .map(v ->
                        InvalidInputException.Problem.field(v.getPropertyPath().toString(), key(v)))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String key(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        return template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1)
                : template;
    }
}
