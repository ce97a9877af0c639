package ru.nastavnik.documents.internal.declension;

import java.util.Locale;
import java.util.function.UnaryOperator;
import ru.nastavnik.documents.GrammaticalCase;
import ru.nastavnik.shared.Gender;

/**
 * Declines one recorded part of a name. The rules work on the lower-cased word, because petrovich4j matches
 * endings in lower case and would otherwise produce «ИВАНОВа»; the writing of the original is restored afterwards.
 */
public final class Declension {

    private Declension() {}

    public static String lastName(String lastName, Gender gender, GrammaticalCase grammaticalCase) {
        return decline(lastName, grammaticalCase, word -> Surnames.decline(word, gender, grammaticalCase));
    }

    public static String firstName(String firstName, Gender gender, GrammaticalCase grammaticalCase) {
        return decline(firstName, grammaticalCase, word -> FirstNames.decline(word, gender, grammaticalCase));
    }

    public static String middleName(String middleName, Gender gender, GrammaticalCase grammaticalCase) {
        if (middleName != null && Patronymics.isTurkic(lower(middleName.strip()))) {
            return middleName.strip();
        }
        return decline(middleName, grammaticalCase, word -> Patronymics.decline(word, gender, grammaticalCase));
    }

    /**
     * In a name of several words only the last one declines: the words before it are particles that stay as they
     * are in every case (Ван Гог → Ван Гога, де Голль → де Голля).
     */
    private static String decline(String part, GrammaticalCase grammaticalCase, UnaryOperator<String> rule) {
        if (part == null || part.isBlank()) {
            return "";
        }
        String stripped = part.strip();
        if (grammaticalCase == GrammaticalCase.NOMINATIVE) {
            return stripped;
        }
        int lastSpace = stripped.lastIndexOf(' ');
        String particles = stripped.substring(0, lastSpace + 1);
        String word = stripped.substring(lastSpace + 1);
        return particles + LetterCase.restore(word, rule.apply(lower(word)));
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
