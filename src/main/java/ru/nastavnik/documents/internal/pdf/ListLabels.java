package ru.nastavnik.documents.internal.pdf;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;
import ru.nastavnik.documents.internal.docx.DocxPackage;
import ru.nastavnik.documents.internal.docx.Relationships;
import ru.nastavnik.documents.internal.docx.Xml;

/**
 * Numbers and bullets of list paragraphs, counted the way Word counts them: per list definition, a level
 * restarting whenever a higher level advances, a list instance's start override applied when it is first used.
 */
final class ListLabels {

    private static final int LEVELS = 9;
    private static final int UNSET = Integer.MIN_VALUE;
    private static final String RUSSIAN = "абвгдежзиклмнопрстуфхцчшщэюя";

    private final Element numbering;
    private final Map<String, int[]> counters = new HashMap<>();
    private final Set<String> started = new HashSet<>();

    private ListLabels(Element numbering) {
        this.numbering = numbering;
    }

    static ListLabels of(DocxPackage docx) {
        Relationships relationships = docx.relationships(docx.mainPart());
        return new ListLabels(relationships.ofType(Relationships.NUMBERING).stream()
                .map(relationships::partOf)
                .filter(docx::has)
                .findFirst()
                .map(part -> docx.xml(part).getDocumentElement())
                .orElse(null));
    }

    /** The level definition ({@code w:lvl}) of a list paragraph, or null when it is not in a list. */
    Element level(String numId, int level) {
        Element num = find("num", "numId", numId);
        if (num == null) {
            return null;
        }
        for (Element override : Xml.children(num, Xml.W, "lvlOverride")) {
            Element lvl = Xml.child(override, Xml.W, "lvl");
            if (lvl != null && String.valueOf(level).equals(Xml.w(override, "ilvl"))) {
                return lvl;
            }
        }
        Element definition = find("abstractNum", "abstractNumId", Xml.w(Xml.child(num, Xml.W, "abstractNumId"), "val"));
        return definition == null
                ? null
                : Xml.children(definition, Xml.W, "lvl").stream()
                        .filter(lvl -> String.valueOf(level).equals(Xml.w(lvl, "ilvl")))
                        .findFirst()
                        .orElse(null);
    }

    /** The label of the next paragraph of this list at this level; advances the count. */
    String next(String numId, int level) {
        Element num = find("num", "numId", numId);
        Element lvl = level(numId, level);
        if (num == null || lvl == null || level < 0 || level >= LEVELS) {
            return "";
        }
        int[] count = counters.computeIfAbsent(Xml.w(Xml.child(num, Xml.W, "abstractNumId"), "val"), k -> {
            int[] fresh = new int[LEVELS];
            Arrays.fill(fresh, UNSET);
            return fresh;
        });
        if (started.add(numId + "/" + level)) {
            for (Element override : Xml.children(num, Xml.W, "lvlOverride")) {
                Element start = Xml.child(override, Xml.W, "startOverride");
                if (start != null && String.valueOf(level).equals(Xml.w(override, "ilvl"))) {
                    count[level] = (int) Units.number(Xml.w(start, "val"), 1) - 1;
                }
            }
        }
        count[level] = count[level] == UNSET ? start(lvl) : count[level] + 1;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = UNSET;
        }
        return text(numId, lvl, count);
    }

    private String text(String numId, Element lvl, int[] count) {
        String format = Xml.w(Xml.child(lvl, Xml.W, "numFmt"), "val");
        String pattern = Xml.w(Xml.child(lvl, Xml.W, "lvlText"), "val");
        if (pattern == null || "none".equals(format)) {
            return "";
        }
        if ("bullet".equals(format)) {
            return bullet(pattern);
        }
        StringBuilder label = new StringBuilder(pattern);
        for (int k = 0; k < LEVELS; k++) {
            int at = label.indexOf("%" + (k + 1));
            if (at >= 0) {
                Element other = level(numId, k);
                String otherFormat = other == null ? "decimal" : Xml.w(Xml.child(other, Xml.W, "numFmt"), "val");
                // a level not used yet shows its start value, as in «1.1» before any «1.» was counted
                int value = count[k] != UNSET ? count[k] : other == null ? 1 : start(other);
                label.replace(at, at + 2, format(value, otherFormat));
            }
        }
        return label.toString();
    }

    private static int start(Element lvl) {
        return (int) Units.number(Xml.w(Xml.child(lvl, Xml.W, "start"), "val"), 0);
    }

    /** Bullets from the Symbol and Wingdings fonts sit in the private use area, which the PDF font lacks. */
    private static String bullet(String pattern) {
        if (pattern.isEmpty()) {
            return "";
        }
        char c = pattern.charAt(0);
        if (c == '\uF0A7' || c == '\uF06E') {
            return "\u25AA";
        }
        return c >= '\uF000' && c <= '\uF0FF' || c == 'o' || c == '\u00B7' ? "\u2022" : pattern;
    }

    static String format(int n, String format) {
        if (format == null) {
            return String.valueOf(n);
        }
        return switch (format) {
            case "decimalZero" -> n < 10 ? "0" + n : String.valueOf(n);
            case "lowerLetter" -> letters(n, "abcdefghijklmnopqrstuvwxyz");
            case "upperLetter" -> letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
            case "russianLower" -> letters(n, RUSSIAN);
            case "russianUpper" -> letters(n, RUSSIAN.toUpperCase(Locale.ROOT));
            case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
            case "upperRoman" -> roman(n);
            default -> String.valueOf(n);
        };
    }

    /** Word's letters: a … z, then aa … zz, then aaa. */
    private static String letters(int n, String alphabet) {
        int size = alphabet.length();
        return String.valueOf(alphabet.charAt((n - 1) % size)).repeat((n - 1) / size + 1);
    }

    private static String roman(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] digits = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder roman = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            for (; rest >= values[i]; rest -= values[i]) {
                roman.append(digits[i]);
            }
        }
        return roman.toString();
    }

    private Element find(String element, String idAttribute, String id) {
        if (numbering == null || id == null) {
            return null;
        }
        return Xml.children(numbering, Xml.W, element).stream()
                .filter(e -> id.equals(Xml.w(e, idAttribute)))
                .findFirst()
                .orElse(null);
    }
}
