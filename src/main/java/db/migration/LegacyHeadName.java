package db.migration;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the head's name as the old requisites form asked for it — in the dative, «И. В. Кузнецову» — or as some
 * curators typed it anyway (nominative, surname first, full name). Only what can be read without guessing is
 * read: a surname whose ending gives its gender (-ов/-ин/-ский and their feminine forms) or a full patronymic;
 * anything else is left for the curator to type on the requisites page.
 */
final class LegacyHeadName {

    record Parsed(String lastName, String firstName, String middleName, String gender) {}

    private static final String WORD = "[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?";
    private static final Pattern INITIALS_FIRST = Pattern.compile("([А-ЯЁ])\\. ?([А-ЯЁ])\\.? (" + WORD + ")");
    private static final Pattern SURNAME_FIRST = Pattern.compile("(" + WORD + ") ([А-ЯЁ])\\. ?([А-ЯЁ])\\.?");
    private static final Pattern THREE_WORDS = Pattern.compile("(" + WORD + ") (" + WORD + ") (" + WORD + ")");

    /** The dative endings first: «Кузнецову» must not be read as a nominative. */
    private static final String[][] SURNAME_ENDINGS = {
        {"ову", "ов", "MALE"},
        {"еву", "ев", "MALE"},
        {"ёву", "ёв", "MALE"},
        {"ину", "ин", "MALE"},
        {"ыну", "ын", "MALE"},
        {"скому", "ский", "MALE"},
        {"цкому", "цкий", "MALE"},
        {"овой", "ова", "FEMALE"},
        {"евой", "ева", "FEMALE"},
        {"ёвой", "ёва", "FEMALE"},
        {"иной", "ина", "FEMALE"},
        {"ыной", "ына", "FEMALE"},
        {"ской", "ская", "FEMALE"},
        {"цкой", "цкая", "FEMALE"},
        {"ов", "ов", "MALE"},
        {"ев", "ев", "MALE"},
        {"ёв", "ёв", "MALE"},
        {"ин", "ин", "MALE"},
        {"ын", "ын", "MALE"},
        {"ский", "ский", "MALE"},
        {"цкий", "цкий", "MALE"},
        {"ова", "ова", "FEMALE"},
        {"ева", "ева", "FEMALE"},
        {"ёва", "ёва", "FEMALE"},
        {"ина", "ина", "FEMALE"},
        {"ына", "ына", "FEMALE"},
        {"ская", "ская", "FEMALE"},
        {"цкая", "цкая", "FEMALE"}
    };

    private LegacyHeadName() {}

    static Optional<Parsed> parse(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        String text = stored.strip().replaceAll("\\s+", " ").replaceAll("\\.(?=[А-ЯЁ])", ". ");
        Matcher initialsFirst = INITIALS_FIRST.matcher(text);
        if (initialsFirst.matches()) {
            return withInitials(initialsFirst.group(3), initialsFirst.group(1), initialsFirst.group(2));
        }
        Matcher surnameFirst = SURNAME_FIRST.matcher(text);
        if (surnameFirst.matches()) {
            return withInitials(surnameFirst.group(1), surnameFirst.group(2), surnameFirst.group(3));
        }
        Matcher m = THREE_WORDS.matcher(text);
        if (m.matches()) {
            // the patronymic is the last word when the surname comes first, the middle one when it comes last
            if (patronymic(m.group(3)) != null) {
                return full(m.group(1), m.group(2), m.group(3));
            }
            if (patronymic(m.group(2)) != null) {
                return full(m.group(3), m.group(1), m.group(2));
            }
        }
        return Optional.empty();
    }

    private static Optional<Parsed> withInitials(String last, String first, String middle) {
        return surname(last, null).map(s -> new Parsed(s[0], first + ".", middle + ".", s[1]));
    }

    private static Optional<Parsed> full(String last, String first, String middle) {
        String[] patronymic = patronymic(middle);
        return surname(last, patronymic[1]).map(s -> new Parsed(s[0], firstName(first, s[1]), patronymic[0], s[1]));
    }

    /** {nominative, gender}: Кузнецову → {Кузнецов, MALE}, Морозовой → {Морозова, FEMALE}, Морозова → itself. */
    private static Optional<String[]> surname(String word, String knownGender) {
        int hyphen = word.lastIndexOf('-');
        if (hyphen > 0) {
            // a double surname: the last part gives the gender, a first part that is no surname alone stays (Бонч-)
            return surname(word.substring(hyphen + 1), knownGender).map(last -> new String[] {
                surname(word.substring(0, hyphen), last[1])
                                .map(first -> first[0])
                                .orElse(word.substring(0, hyphen)) + "-" + last[0],
                last[1]
            });
        }
        for (String[] rule : SURNAME_ENDINGS) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.endsWith(rule[0])
                    && lower.length() > rule[0].length() + 1
                    && (knownGender == null || knownGender.equals(rule[2]))) {
                return Optional.of(new String[] {word.substring(0, word.length() - rule[0].length()) + rule[1], rule[2]
                });
            }
        }
        return Optional.empty();
    }

    /** {nominative, gender} of a patronymic in the dative or the nominative, or null when the word is none. */
    private static String[] patronymic(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ичу")) {
            return new String[] {word.substring(0, word.length() - 1), "MALE"};
        }
        if (lower.endsWith("ич")) {
            return new String[] {word, "MALE"};
        }
        if (lower.endsWith("вне") || lower.endsWith("чне")) {
            return new String[] {word.substring(0, word.length() - 1) + "а", "FEMALE"};
        }
        if (lower.endsWith("вна") || lower.endsWith("чна")) {
            return new String[] {word, "FEMALE"};
        }
        return null;
    }

    /** A first name back from the dative: Ивану → Иван, Игорю → Игорь, Алексею → Алексей, Анне → Анна, Марии → Мария. */
    private static String firstName(String word, String gender) {
        String[][] rules = gender.equals("MALE")
                ? new String[][] {
                    {"ию", "ий"}, {"ею", "ей"}, {"аю", "ай"}, {"ю", "ь"}, {"ье", "ья"}, {"е", "а"}, {"у", ""}
                }
                : new String[][] {{"ии", "ия"}, {"ье", "ья"}, {"ви", "вь"}, {"е", "а"}};
        for (String[] rule : rules) {
            if (word.endsWith(rule[0])) {
                return word.substring(0, word.length() - rule[0].length()) + rule[1];
            }
        }
        return word;
    }
}
