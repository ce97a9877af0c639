package ru.nastavnik.organisation;

import ru.nastavnik.shared.Gender;

/**
 * The head's name in the nominative, in parts, with the gender: each document declines it where it prints it
 * (a signature in the nominative, a statement's addressee in the dative). Initials alone («И.») are kept as such.
 */
public record HeadName(String lastName, String firstName, String middleName, Gender gender) {

    public HeadName {
        lastName = blankToNull(lastName);
        firstName = blankToNull(firstName);
        middleName = blankToNull(middleName);
    }

    boolean isEmpty() {
        return lastName == null && firstName == null && middleName == null && gender == null;
    }

    boolean isComplete() {
        return lastName != null && firstName != null && gender != null;
    }

    boolean tooLong() {
        return length(lastName) > 100 || length(firstName) > 100 || length(middleName) > 100;
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip().replaceAll("\\s+", " ");
    }
}
