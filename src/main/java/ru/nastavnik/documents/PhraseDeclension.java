package ru.nastavnik.documents;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.nastavnik.documents.internal.declension.Phrases;

/**
 * A position («учитель начальных классов» → «учителю начальных классов») or an organisation's full name
 * («Муниципальное казённое общеобразовательное учреждение «…»» → «Муниципального казённого общеобразовательного
 * учреждения «…»») in the case a document's wording needs. The rules decline the words in front of the name in
 * quotes or after «№»; an organisation's own forms ({@code overrides}: the nominative, lower-cased, to the six
 * forms in the order of {@link GrammaticalCase}) win over them, for the whole phrase or for its beginning.
 */
public final class PhraseDeclension {

    private PhraseDeclension() {}

    public static String position(
            String position, GrammaticalCase grammaticalCase, Map<String, List<String>> overrides) {
        return decline(position, grammaticalCase, true, overrides);
    }

    public static String organisation(
            String name, GrammaticalCase grammaticalCase, Map<String, List<String>> overrides) {
        return decline(name, grammaticalCase, false, overrides);
    }

    /**
     * A title inside a sentence: «Директор» → «директор», «Круглый стол» → «(круглый стол)»; an abbreviation («ВКС»,
     * «ИРО») keeps its capitals. Null reads as empty.
     */
    public static String inText(String phrase) {
        if (phrase == null || phrase.length() < 2 || Character.isUpperCase(phrase.charAt(1))) {
            return phrase == null ? "" : phrase;
        }
        return phrase.substring(0, 1).toLowerCase(Locale.ROOT) + phrase.substring(1);
    }

    /**
     * A person's positions inside a sentence: «Учитель, Классный руководитель» → «учитель, классный руководитель».
     * Staff files write a position as a heading («Заместитель директора по УВР»); an order, a consent and an agreement
     * name it mid-sentence, where a capital letter is a mistake the director would correct by hand.
     */
    public static String inText(List<String> positions) {
        return String.join(
                ", ", positions.stream().map(PhraseDeclension::inText).toList());
    }

    private static String decline(
            String phrase, GrammaticalCase grammaticalCase, boolean animate, Map<String, List<String>> overrides) {
        if (phrase == null || phrase.isBlank()) {
            return phrase;
        }
        String text = phrase.strip().replaceAll("\\s+", " ");
        String lower = text.toLowerCase(Locale.ROOT);
        String best = null;
        for (String key : overrides == null ? List.<String>of() : overrides.keySet()) {
            boolean prefix = lower.equals(key) || lower.startsWith(key + " ");
            if (prefix && (best == null || key.length() > best.length())) {
                best = key;
            }
        }
        if (best != null && overrides.get(best).size() == GrammaticalCase.values().length) {
            return overrides.get(best).get(grammaticalCase.ordinal()) + text.substring(best.length());
        }
        return Phrases.decline(text, grammaticalCase, animate);
    }
}
