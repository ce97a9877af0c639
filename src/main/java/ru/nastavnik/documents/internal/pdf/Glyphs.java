package ru.nastavnik.documents.internal.pdf;

import java.util.Map;
import org.w3c.dom.Element;
import ru.nastavnik.documents.internal.docx.Xml;

/**
 * Characters the embedded font lacks, drawn with the nearest ones it has: consent forms are full of check boxes
 * typed from Wingdings or as ☐, and a missing glyph would print as «#».
 */
final class Glyphs {

    private static final Map<Character, String> SUBSTITUTES = Map.of(
            '\u2610', "\u25A1", '\u2611', "\u25A0", '\u2612', "\u25A0", '\u2713', "\u221A", '\u2714', "\u221A",
            '\u2011', "-", '\u25FB', "\u25A1");

    private static final java.util.regex.Pattern NUMBER_SIGN_SPACES = java.util.regex.Pattern.compile("№[ \u00A0]+");

    private Glyphs() {}

    /**
     * «№ 12-о» with a non-breaking space, so that a line never ends with «№» and begins with the number (the rule
     * of Russian typesetting; a director reads an order's number as one thing). Only the PDF: the DOCX keeps the
     * text as the school's template has it, for the school to edit.
     */
    static String numberSignKeptWithNumber(String text) {
        return text.indexOf('№') < 0 ? text : NUMBER_SIGN_SPACES.matcher(text).replaceAll("№\u00A0");
    }

    static String substitute(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            String replacement = SUBSTITUTES.get(text.charAt(i));
            if (replacement != null && out == null) {
                out = new StringBuilder(text.substring(0, i));
            }
            if (out != null) {
                out.append(replacement != null ? replacement : String.valueOf(text.charAt(i)));
            }
        }
        return out == null ? text : out.toString();
    }

    /** A {@code w:sym}: a character of a symbol font, addressed by its private-use code. */
    static String symbol(Element sym) {
        String code = Xml.w(sym, "char");
        int c;
        try {
            c = Integer.parseInt(code == null ? "" : code, 16);
        } catch (NumberFormatException e) {
            return "";
        }
        return switch (c) {
            case 0xF0A8, 0xF06F, 0xF071, 0xF0A3 -> "\u25A1";
            case 0xF0FE, 0xF0FD, 0xF078, 0xF06E -> "\u25A0";
            case 0xF0B7, 0xF09F, 0xF0A7 -> "\u2022";
            case 0xF0D6 -> "\u00D7";
            default -> c < 0xF000 ? substitute(new String(Character.toChars(c))) : "";
        };
    }
}
