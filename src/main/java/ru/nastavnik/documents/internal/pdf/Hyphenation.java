package ru.nastavnik.documents.internal.pdf;

import java.util.Locale;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Soft hyphens in the long Russian words of table cells. A narrow column (the programme's plan has eight) used to
 * break a word wherever the width ran out, without a hyphen («пр / офессиональных»); with soft hyphens the PDF
 * breaks it between syllables and prints the hyphen, and shows nothing where no break is needed. The rules are the
 * school ones (Правила русской орфографии и пунктуации, 1956, §§ 79–84): every part holds a vowel, no single
 * letter is left on either line, «й», «ь» and «ъ» stay with the letter before them, a prefix keeps its last
 * consonant («под-ход», «вос-питание»). Where the rules allow several places, the one a Russian reader expects
 * (as Word's hyphenation puts it): a consonant between two vowels goes to the next syllable («ме-тод»), doubled
 * consonants part («про-грам-ма»), a group goes on after «р», «л», «м», «н» («кон-курс», «наль-ных»), a group
 * that begins with «с» or ends with «р», «л» moves whole («на-ставник», «про-грамма»), others part after their
 * first consonant («сотруд-ничество»).
 */
final class Hyphenation {

    static final char SOFT_HYPHEN = '\u00AD';

    private static final String VOWELS = "аеёиоуыэюя";
    private static final String SIGNS = "йьъ";
    private static final String SONORANTS = "рлмн";
    private static final String LIQUIDS = "рл";

    /** Prefixes that end in a consonant: their consonant is never carried to the next line. */
    private static final java.util.Set<String> PREFIXES = java.util.Set.of(
            "без", "бес", "воз", "вос", "вз", "вс", "из", "ис", "низ", "нис", "раз", "рас", "роз", "рос", "чрез",
            "через", "под", "над", "об", "от", "пред", "перед", "сверх", "меж");

    /** Shorter words fit any column a school's table gives them; hyphenating them only makes lines ragged. */
    private static final int SHORTEST = 7;

    /** Fewest letters a part may have at either end of the word. */
    private static final int EDGE = 2;

    private Hyphenation() {}

    /** Every text node under a table cell, its nested tables included. */
    static void apply(Element cell) {
        for (Node child = cell.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE) {
                child.setNodeValue(hyphenate(child.getNodeValue()));
            } else if (child instanceof Element element) {
                apply(element);
            }
        }
    }

    static String hyphenate(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            if (!cyrillic(text.charAt(i))) {
                out.append(text.charAt(i++));
                continue;
            }
            int end = i;
            while (end < text.length() && cyrillic(text.charAt(end))) {
                end++;
            }
            String word = text.substring(i, end);
            boolean handHyphenated = end < text.length() && text.charAt(end) == SOFT_HYPHEN
                    || i > 0 && text.charAt(i - 1) == SOFT_HYPHEN;
            out.append(handHyphenated || partOfAName(text, i, end) ? word : word(word));
            i = end;
        }
        return out.toString();
    }

    /**
     * A capitalised word next to another one or to an initial: a person's name («Соловьёва Вера Павловна»,
     * «Петров-Водкин А. С.»), which Russian typesetting does not break («Па-вловна» in a familiarisation sheet was a
     * new school's first complaint); a capitalised word among lower-case ones (a sentence's first) still breaks.
     */
    private static boolean partOfAName(String text, int start, int end) {
        if (!capitalised(text, start, end)) {
            return false;
        }
        int before = start - 1;
        while (before >= 0 && JOINS.indexOf(text.charAt(before)) >= 0) {
            before--;
        }
        int previousEnd = before + 1;
        while (before >= 0 && cyrillic(text.charAt(before))) {
            before--;
        }
        boolean previous =
                previousEnd < start && before + 1 < previousEnd && capitalised(text, before + 1, previousEnd);
        int after = end;
        while (after < text.length() && JOINS.indexOf(text.charAt(after)) >= 0) {
            after++;
        }
        int nextStart = after;
        while (after < text.length() && cyrillic(text.charAt(after))) {
            after++;
        }
        boolean next = nextStart > end && after > nextStart && capitalised(text, nextStart, after);
        return previous || next;
    }

    /** What stands between the parts of a name: spaces, a hyphen, the dot of an initial. */
    private static final String JOINS = " \u00A0-\u2011.";

    /** «Вера», and an initial «В»: a capital letter followed by small ones only. */
    private static boolean capitalised(String text, int start, int end) {
        if (!Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            if (!Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String word(String word) {
        // abbreviations (ПНП, ФГОС, МБОУ) are never broken
        if (word.length() < SHORTEST || word.equals(word.toUpperCase(Locale.ROOT))) {
            return word;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(word.length() + 8);
        int previousVowel = -1;
        int written = 0;
        for (int i = 0; i < lower.length(); i++) {
            if (VOWELS.indexOf(lower.charAt(i)) < 0) {
                continue;
            }
            if (previousVowel >= 0) {
                int at = breakBetween(lower, previousVowel, i);
                if (at >= EDGE && lower.length() - at >= EDGE) {
                    out.append(word, written, at).append(SOFT_HYPHEN);
                    written = at;
                }
            }
            previousVowel = i;
        }
        return out.append(word, written, word.length()).toString();
    }

    /** Where the syllable that ends with the vowel at {@code left} meets the one of the vowel at {@code right}. */
    private static int breakBetween(String word, int left, int right) {
        int at = left + 1;
        if (right - left - 1 >= 2 && SIGNS.indexOf(word.charAt(left + 1)) < 0) {
            char first = word.charAt(left + 1);
            char second = word.charAt(left + 2);
            boolean moves = first == 'с'
                    || (SIGNS.indexOf(second) < 0 && LIQUIDS.indexOf(second) >= 0 && SONORANTS.indexOf(first) < 0);
            boolean parts = first == second
                    || SONORANTS.indexOf(first) >= 0
                    || PREFIXES.contains(word.substring(0, left + 2))
                    || !moves;
            at = parts ? left + 2 : left + 1;
        }
        while (at < right && SIGNS.indexOf(word.charAt(at)) >= 0) {
            at++;
        }
        return at;
    }

    private static boolean cyrillic(char c) {
        return (c >= 'а' && c <= 'я') || (c >= 'А' && c <= 'Я') || c == 'ё' || c == 'Ё';
    }
}
