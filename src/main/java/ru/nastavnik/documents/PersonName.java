package ru.nastavnik.documents;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import ru.nastavnik.shared.Gender;

/**
 * A person's name as recorded, with the gender needed to decline it and optional per-case overrides of the
 * full name («Иванову Марию Петровну»), which a curator sets when the rules decline a name wrongly.
 */
public record PersonName(
        String lastName, String firstName, String middleName, Gender gender, Map<GrammaticalCase, String> overrides) {

    public PersonName {
        lastName = required(lastName, "lastName");
        firstName = required(firstName, "firstName");
        middleName = middleName == null ? "" : normalise(middleName);
        Objects.requireNonNull(
                gender, "gender is required: a name is declined by the recorded gender, never a guessed one");
        Map<GrammaticalCase, String> copy = new EnumMap<>(GrammaticalCase.class);
        if (overrides != null) {
            overrides.forEach((grammaticalCase, form) -> copy.put(
                    Objects.requireNonNull(grammaticalCase, "override case"),
                    required(form, "override " + grammaticalCase)));
        }
        overrides = Collections.unmodifiableMap(copy);
    }

    public static PersonName of(String last, String first, String middle, Gender gender) {
        return new PersonName(last, first, middle, gender, null);
    }

    public boolean hasMiddleName() {
        return !middleName.isEmpty();
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return normalise(value);
    }

    private static String normalise(String value) {
        return value.strip().replaceAll("\\s+", " ");
    }
}
