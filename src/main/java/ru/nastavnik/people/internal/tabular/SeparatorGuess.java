package ru.nastavnik.people.internal.tabular;

/**
 * Picks the CSV separator from the header line: Russian Excel writes {@code ;}, most other programs {@code ,},
 * and "Unicode text" uses tabs. Only separators outside quotes count, and lines holding nothing but
 * separators (blank rows Excel writes as {@code ;;;}) are passed over to reach the real header.
 */
final class SeparatorGuess {

    private SeparatorGuess() {}

    static char of(CharSequence text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean inQuotes = false;
        boolean fieldStart = true;
        boolean hasContent = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        inQuotes = false;
                    }
                } else if (!Character.isWhitespace(c)) {
                    hasContent = true;
                }
                continue;
            }
            switch (c) {
                case ';' -> semicolons++;
                case ',' -> commas++;
                case '\t' -> tabs++;
                case '\r', '\n' -> {
                    if (hasContent) {
                        return choose(semicolons, commas, tabs);
                    }
                    semicolons = 0;
                    commas = 0;
                    tabs = 0;
                }
                // a quote only opens a quoted field at its start; elsewhere it is an ordinary character
                case '"' -> inQuotes = fieldStart;
                default -> hasContent |= !Character.isWhitespace(c);
            }
            fieldStart = c == ';' || c == ',' || c == '\t' || c == '\r' || c == '\n';
        }
        return choose(semicolons, commas, tabs);
    }

    /** Ties go to {@code ;}, the separator of the Russian Excel the files mostly come from. */
    private static char choose(int semicolons, int commas, int tabs) {
        if (semicolons >= commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}
