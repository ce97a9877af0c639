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

    /**
     * A name typed as one string — «Петрова Ирина Павловна», «Петрова И.П.», «Петрова И. П.» — as a signature line
     * prints it (ГОСТ Р 7.0.97): initials first, «И. П. Петрова». A name already written so, a single word or a blank
     * stays as it is; a position typed after a comma («Петрова И. П., заместитель директора») is left out, and a text of
     * more than three words is not a name this can read, so it is kept whole. The one rule of every signature typed rather than recorded in parts (a protocol's chair and
     * secretary, the curator of the requisites); a recorded name goes through {@link #initialsWithSurname}.
     */
    public static String signature(String typed) {
        if (typed == null || typed.isBlank()) {
            return "";
        }
        String name = typed.split(",", 2)[0].strip();
        String[] words = name.split("\\s+");
        if (name.isEmpty() || words.length > 3) {
            return typed.strip();
        }
        if (words.length < 2 || words[0].endsWith(".")) {
            return String.join(" ", words);
        }
        StringBuilder initials = new StringBuilder();
        for (int i = 1; i < words.length; i++) {
            for (String part : words[i].split("\\.")) {
                if (!part.isEmpty()) {
                    initials.append(initial(part)).append(' ');
                }
            }
        }
        return initials + words[0];
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
