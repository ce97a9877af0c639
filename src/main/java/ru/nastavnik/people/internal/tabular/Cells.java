package ru.nastavnik.people.internal.tabular;

import java.util.ArrayList;
import java.util.List;

/** Cell text as the importer wants it: no surrounding spaces of any kind. */
final class Cells {

    private Cells() {}

    /**
     * Trims more than {@link String#strip()}: Excel users paste names from web pages and Word, which bring
     * non-breaking and zero-width spaces that look like nothing but would make "Иванов" differ from itself.
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        int begin = 0;
        int end = text.length();
        while (begin < end && isSpace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(begin, end);
    }

    static List<String> clean(List<String> cells) {
        List<String> result = new ArrayList<>(cells.size());
        for (String cell : cells) {
            result.add(clean(cell));
        }
        return result;
    }

    /** Whether every cell is empty; expects cleaned cells. */
    static boolean allBlank(List<String> cells) {
        for (String cell : cells) {
            if (!cell.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }
}
