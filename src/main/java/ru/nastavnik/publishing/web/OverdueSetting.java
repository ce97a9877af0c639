package ru.nastavnik.publishing.web;

import ru.nastavnik.shared.InvalidInputException;

/** The overdue mark's setting as the page and the API send it: a yes or a no, and nothing else. */
final class OverdueSetting {

    static final String FIELD = "showOverdue";

    private OverdueSetting() {}

    /** {@code true}/{@code false} as a boolean or its word; anything else (none, a number, «да») is refused. */
    static boolean of(Object given) {
        if (given instanceof Boolean b) {
            return b;
        }
        if ("true".equals(given) || "false".equals(given)) {
            return Boolean.parseBoolean((String) given);
        }
        throw InvalidInputException.of(FIELD, "publicPages.overdue.notBoolean");
    }
}
