package ru.nastavnik.documents.internal.declension;

import java.util.Locale;
import java.util.Set;
import ru.nastavnik.documents.GrammaticalCase;

/**
 * Declines a noun phrase as positions and organisations are named: the adjectives in front agree with the head noun,
 * which declines; whatever follows the head — a complement («директора по учебно-воспитательной работе»), a name in
 * quotes or after «№», an abbreviation — stays as written. A position names a person (its accusative is its
 * genitive: «назначить учителя»), an organisation does not («закончить лицей»).
 */
public final class Phrases {

    /** Participles that name a person by themselves: what follows them is their complement, not their noun. */
    private static final Set<String> SUBSTANTIVES =
            Set.of("заведующий", "заведующая", "управляющий", "управляющая", "исполняющий", "исполняющая", "рабочий");

    /** Adverbs in front of a position («временно исполняющий обязанности»): they never decline. */
    private static final Set<String> ADVERBS = Set.of("временно");

    /** Words after which an adjective is the head itself: «рабочий по обслуживанию», «дежурный по этажу». */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "по", "с", "со", "и", "в", "во", "на", "для", "при", "из", "от", "к", "о", "об", "без", "за", "имени",
            "им.");

    private Phrases() {}

    public static String decline(String phrase, GrammaticalCase grammaticalCase, boolean animate) {
        if (phrase == null || phrase.isBlank() || grammaticalCase == GrammaticalCase.NOMINATIVE) {
            return phrase;
        }
        String[] tokens = phrase.strip().split(" ", -1);
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            if (stops(token)) {
                break;
            }
            String lower = token.toLowerCase(Locale.ROOT);
            if (ADVERBS.contains(lower)) {
                continue;
            }
            boolean modifier = Words.isAdjective(lower)
                    && !SUBSTANTIVES.contains(lower)
                    && i + 1 < tokens.length
                    && !stops(tokens[i + 1])
                    && !FUNCTION_WORDS.contains(tokens[i + 1].toLowerCase(Locale.ROOT));
            tokens[i] = LetterCase.restore(
                    token,
                    Words.isAdjective(lower)
                            ? Words.adjective(lower, grammaticalCase, animate)
                            : nounOrCompound(lower, grammaticalCase, animate));
            if (!modifier) {
                break;
            }
        }
        return String.join(" ", tokens);
    }

    /** «педагог-психолог», «школа-интернат»: both nouns decline; «научно-методический»: only the last part does. */
    private static String nounOrCompound(String word, GrammaticalCase grammaticalCase, boolean animate) {
        String[] parts = word.split("-", -1);
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            result.append(i == 0 ? "" : "-")
                    .append(parts[i].isEmpty() ? "" : Words.noun(parts[i], grammaticalCase, animate));
        }
        return result.toString();
    }

    /**
     * Where the declinable part ends: a name in quotes or brackets, a number, an abbreviation (МБОУ, ОБЖ), or a
     * word without Russian letters.
     */
    private static boolean stops(String token) {
        if (token.isEmpty()) {
            return true;
        }
        char first = token.charAt(0);
        if ("«\"„“'(№".indexOf(first) >= 0 || Character.isDigit(first)) {
            return true;
        }
        if (!token.matches(".*\\p{IsCyrillic}.*")) {
            return true;
        }
        String letters = token.replaceAll("[^\\p{L}]", "");
        return letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT));
    }
}
