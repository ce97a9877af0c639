package ru.nastavnik.documents.internal.declension;

import java.util.Map;
import java.util.Set;
import ru.nastavnik.documents.GrammaticalCase;

/**
 * One word of a position or an organisation's name in a case, by its ending; the exceptions are the words whose
 * stress or fleeting vowel the spelling does not show (секретарём, врачом, дворца) and the foreign ones that never
 * decline (бюро).
 */
final class Words {

    /** Genitive, dative, accusative (of a person for the masculine), instrumental, prepositional. */
    private static final Map<String, Endings> EXCEPTIONS = Map.of(
            "секретарь", new Endings("секретаря", "секретарю", "секретаря", "секретарём", "секретаре"),
            "врач", new Endings("врача", "врачу", "врача", "врачом", "враче"),
            "дворец", new Endings("дворца", "дворцу", "дворец", "дворцом", "дворце"),
            "звонарь", new Endings("звонаря", "звонарю", "звонаря", "звонарём", "звонаре"),
            "кладовщик", new Endings("кладовщика", "кладовщику", "кладовщика", "кладовщиком", "кладовщике"));

    private static final Set<String> INDECLINABLE = Set.of("бюро", "кафе", "атташе", "медиа", "арт");

    private static final String VELARS = "гкх";
    private static final String SIBILANTS = "жшчщ";

    private Words() {}

    static boolean isAdjective(String word) {
        return word.length() > 3 && word.matches(".*(ый|ий|ой|ая|яя|ое|ее)");
    }

    /** A compound adjective declines in its last part only: научно-методический → научно-методического. */
    static String adjective(String word, GrammaticalCase grammaticalCase, boolean animate) {
        int hyphen = word.lastIndexOf('-');
        String prefix = word.substring(0, hyphen + 1);
        String last = word.substring(hyphen + 1);
        String stem = last.substring(0, last.length() - 2);
        char before = stem.isEmpty() ? ' ' : stem.charAt(stem.length() - 1);
        boolean velar = VELARS.indexOf(before) >= 0;
        boolean sibilant = SIBILANTS.indexOf(before) >= 0;
        String ending = last.substring(last.length() - 2);
        boolean soft = ending.equals("ий") && !velar || ending.equals("яя") || ending.equals("ее");
        String i = velar || sibilant || soft ? "и" : "ы";
        Endings endings = switch (ending) {
            case "ый", "ой", "ий" ->
                soft
                        ? new Endings("его", "ему", animate ? "его" : ending, "им", "ем")
                        : new Endings("ого", "ому", animate ? "ого" : ending, i + "м", "ом");
            case "ая" ->
                sibilant ? new Endings("ей", "ей", "ую", "ей", "ей") : new Endings("ой", "ой", "ую", "ой", "ой");
            case "яя" -> new Endings("ей", "ей", "юю", "ей", "ей");
            case "ое" -> new Endings("ого", "ому", "ое", i + "м", "ом");
            default -> new Endings("его", "ему", "ее", "им", "ем");
        };
        return prefix + endings.apply(last, 2, grammaticalCase);
    }

    static String noun(String word, GrammaticalCase grammaticalCase, boolean animate) {
        Endings exception = EXCEPTIONS.get(word);
        if (exception != null) {
            return exception.apply(word, word.length(), grammaticalCase);
        }
        if (INDECLINABLE.contains(word) || word.length() < 2) {
            return word;
        }
        char last = word.charAt(word.length() - 1);
        char before = word.charAt(word.length() - 2);
        if (word.endsWith("ие")) {
            return new Endings("я", "ю", "е", "ем", "и").apply(word, 1, grammaticalCase);
        }
        if (word.endsWith("ия")) {
            return Endings.IYA.apply(word, 1, grammaticalCase);
        }
        return switch (last) {
            case 'а' ->
                new Endings(
                                VELARS.indexOf(before) >= 0 || SIBILANTS.indexOf(before) >= 0 ? "и" : "ы",
                                "е",
                                "у",
                                SIBILANTS.indexOf(before) >= 0 || before == 'ц' ? "ей" : "ой",
                                "е")
                        .apply(word, 1, grammaticalCase);
            case 'я' -> new Endings("и", "е", "ю", "ей", "е").apply(word, 1, grammaticalCase);
            case 'о' -> new Endings("а", "у", "о", "ом", "е").apply(word, 1, grammaticalCase);
            case 'е' ->
                (SIBILANTS.indexOf(before) >= 0 || before == 'ц'
                                ? new Endings("а", "у", "е", "ем", "е")
                                : new Endings("я", "ю", "е", "ем", "е"))
                        .apply(word, 1, grammaticalCase);
            case 'ь' -> new Endings("я", "ю", animate ? "я" : "ь", "ем", "е").apply(word, 1, grammaticalCase);
            case 'й' -> new Endings("я", "ю", animate ? "я" : "й", "ем", "е").apply(word, 1, grammaticalCase);
            default ->
                Character.isLetter(last) && "аеёиоуыэюя".indexOf(last) < 0
                        ? new Endings(
                                        "а",
                                        "у",
                                        animate ? "а" : "",
                                        SIBILANTS.indexOf(last) >= 0 || last == 'ц' ? "ем" : "ом",
                                        "е")
                                .apply(word, 0, grammaticalCase)
                        : word;
        };
    }
}
