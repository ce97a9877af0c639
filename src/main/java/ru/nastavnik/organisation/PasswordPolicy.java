package ru.nastavnik.organisation;

import ru.nastavnik.shared.InvalidInputException;

/**
 * Long enough to resist guessing (12 characters: every account here is a staff member's, with access to
 * colleagues' personal data), never one of the commonest passwords, and never the user name itself.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;

    private PasswordPolicy() {}

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
        if (CommonPasswords.contains(password)) {
            throw InvalidInputException.of(field, "user.password.common");
        }
    }
}
