package ru.nastavnik.shared;

import java.util.Comparator;

/**
 * Russian alphabetical order for names sorted in memory: letter case ignored and «ё» right after «е» («Ёлкина»
 * between «Ежова» and «Жукова»). {@link String#compareTo} compares code points, and «Ё» (U+0401) lies before «А»
 * (U+0410), so a familiarisation sheet began with «Ёлкина». Every other Russian letter is in alphabetical order in
 * Unicode already; the database sorts people's names the same way (V171).
 */
public final class RussianOrder {

    /** The order; {@code null} sorts first. */
    public static final Comparator<String> NAMES = Comparator.nullsFirst(RussianOrder::compare);

    private RussianOrder() {}

    static int compare(String a, String b) {
        int length = Math.min(a.length(), b.length());
        for (int i = 0; i < length; i++) {
            int difference = weight(a.charAt(i)) - weight(b.charAt(i));
            if (difference != 0) {
                return difference;
            }
        }
        return a.length() != b.length() ? a.length() - b.length() : a.compareTo(b);
    }

    /** Twice the lower-case letter, «ё» one more than «е»: between «е» and «ж». */
    private static int weight(char c) {
        char lower = Character.toLowerCase(c);
        return lower == 'ё' ? 2 * 'е' + 1 : 2 * lower;
    }
}
