package ru.nastavnik.documents;

import java.util.Optional;
import ru.nastavnik.documents.internal.declension.Declension;

/**
 * A person's name in the case a document's wording needs: «назначить Иванову Марию Петровну», «согласие Петрова
 * Ивана Сергеевича», «с Кузьмичом». Stateless and thread-safe; static so that templates can call it directly.
 * <p>
 * A per-case override on the {@link PersonName} always wins: the curator's form is taken as is for the full
 * name, and split into surname, first name and patronymic for the other methods when its words line up with
 * the recorded parts (three words, or two for a person without a patronymic); otherwise the parts follow the rules.
 */
public final class NameDeclension {

    private NameDeclension() {}

    /** «Иванову Марию Петровну»: surname first, as documents list people. */
    public static String fullName(PersonName name, GrammaticalCase grammaticalCase) {
        String override = name.overrides().get(grammaticalCase);
        if (override != null) {
            return override;
        }
        String lastAndFirst = lastName(name, grammaticalCase) + " " + firstName(name, grammaticalCase);
        return name.hasMiddleName() ? lastAndFirst + " " + middleName(name, grammaticalCase) : lastAndFirst;
    }

    public static String lastName(PersonName name, GrammaticalCase grammaticalCase) {
        return overridePart(name, grammaticalCase, 0)
                .orElseGet(() -> Declension.lastName(name.lastName(), name.gender(), grammaticalCase));
    }

    public static String firstName(PersonName name, GrammaticalCase grammaticalCase) {
        if (isInitial(name.firstName())) {
            return name.firstName();
        }
        return overridePart(name, grammaticalCase, 1)
                .orElseGet(() -> Declension.firstName(name.firstName(), name.gender(), grammaticalCase));
    }

    /** The patronymic in the case, or "" for a person who has none. */
    public static String middleName(PersonName name, GrammaticalCase grammaticalCase) {
        if (!name.hasMiddleName()) {
            return "";
        }
        if (isInitial(name.middleName())) {
            return name.middleName();
        }
        return overridePart(name, grammaticalCase, 2)
                .orElseGet(() -> Declension.middleName(name.middleName(), name.gender(), grammaticalCase));
    }

    /** «Ивановой М. П.»: initials never decline, only the surname does. */
    public static String surnameWithInitials(PersonName name, GrammaticalCase grammaticalCase) {
        return lastName(name, grammaticalCase) + " " + initials(name);
    }

    /** «М. П. Ивановой», the order of signature blocks and addressees. */
    public static String initialsWithSurname(PersonName name, GrammaticalCase grammaticalCase) {
        return initials(name) + " " + lastName(name, grammaticalCase);
    }

    /** A name known only by its initial («И.», as old requisites kept the head's) never declines. */
    private static boolean isInitial(String part) {
        return part.endsWith(".");
    }

    private static Optional<String> overridePart(PersonName name, GrammaticalCase grammaticalCase, int index) {
        String override = name.overrides().get(grammaticalCase);
        if (override == null) {
            return Optional.empty();
        }
        String[] words = override.split(" ");
        boolean linesUp = words.length == 3 || (words.length == 2 && !name.hasMiddleName());
        return linesUp && index < words.length ? Optional.of(words[index]) : Optional.empty();
    }

    private static String initials(PersonName name) {
        String first = initial(name.firstName());
        return name.hasMiddleName() ? first + " " + initial(name.middleName()) : first;
    }

    /** A hyphenated first name keeps both initials (Анна-Мария → А.-М.). */
    private static String initial(String part) {
        StringBuilder initials = new StringBuilder();
        for (String piece : part.split(" ")[0].split("-")) {
            if (!piece.isEmpty()) {
                initials.append(initials.length() == 0 ? "" : "-")
                        .append(Character.toUpperCase(piece.charAt(0)))
                        .append('.');
            }
        }
        return initials.toString();
    }
}
