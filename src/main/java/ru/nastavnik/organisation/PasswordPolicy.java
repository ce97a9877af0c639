package ru.nastavnik.organisation;

import ru.nastavnik.shared.InvalidInputException;

/** Long enough to resist guessing, and never the user name itself. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    static void check(String field, String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw InvalidInputException.of(field, "user.password.tooShort", MIN_LENGTH);
        }
        if (password.length() > 200) {
            throw InvalidInputException.of(field, "user.password.tooLong");
        }
        if (password.equalsIgnoreCase(username)) {
            throw InvalidInputException.of(field, "user.password.sameAsUsername");
        }
        if (password.chars().distinct().count() < 4) {
            throw InvalidInputException.of(field, "user.password.tooSimple");
        }
    }
}
