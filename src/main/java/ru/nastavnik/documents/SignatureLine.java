package ru.nastavnik.documents;

import ru.nastavnik.shared.Gender;

/**
 * The two parts of a signature line under a document a head signs: the position, capitalised at the line's start
 * («Начальник управления образования ______ Н. В. Соколова»), and the name, initials first (ГОСТ Р 7.0.97).
 */
public final class SignatureLine {

    private SignatureLine() {}

    /** The position as the requisites give it, capitalised; {@code otherwise} («Руководитель») when none is set. */
    public static String position(String position, String otherwise) {
        if (position == null || position.isBlank()) {
            return otherwise;
        }
        String p = position.strip();
        return Character.toUpperCase(p.charAt(0)) + p.substring(1);
    }

    /**
     * «П. П. Петров» from a name stored in parts; the surname alone when the first name or the gender is missing (a
     * name cannot be declined or abbreviated without them), empty when there is no surname.
     */
    public static String name(String last, String first, String middle, Gender gender) {
        if (last == null || last.isBlank()) {
            return "";
        }
        if (first == null || first.isBlank() || gender == null) {
            return last;
        }
        return NameDeclension.initialsWithSurname(
                PersonName.of(last, first, middle, gender), GrammaticalCase.NOMINATIVE);
    }
}
