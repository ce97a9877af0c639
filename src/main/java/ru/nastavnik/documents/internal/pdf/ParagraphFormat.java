package ru.nastavnik.documents.internal.pdf;

import java.util.Locale;
import org.w3c.dom.Element;
import ru.nastavnik.documents.internal.docx.Xml;

/**
 * The paragraph formatting after styles, list level and the paragraph's own properties. Lengths in points;
 * {@code line} is a multiple of single spacing when {@code lineRule} is "auto", else points.
 */
record ParagraphFormat(
        String align,
        double left,
        double right,
        double firstLine,
        double hanging,
        double before,
        double after,
        double line,
        String lineRule,
        boolean pageBreakBefore,
        String numId,
        int level,
        boolean rightTab) {

    static final ParagraphFormat DEFAULT =
            new ParagraphFormat("left", 0, 0, 0, 0, 0, 0, 1, "auto", false, null, 0, false);

    ParagraphFormat with(Element pPr) {
        if (pPr == null) {
            return this;
        }
        Element jc = Xml.child(pPr, Xml.W, "jc");
        Element ind = Xml.child(pPr, Xml.W, "ind");
        Element spacing = Xml.child(pPr, Xml.W, "spacing");
        Element numPr = Xml.child(pPr, Xml.W, "numPr");
        Element pageBreak = Xml.child(pPr, Xml.W, "pageBreakBefore");
        String first = attr(ind, "firstLine");
        String hang = attr(ind, "hanging");
        String lineValue = attr(spacing, "line");
        Element ilvl = Xml.child(numPr, Xml.W, "ilvl");
        Element num = Xml.child(numPr, Xml.W, "numId");
        return new ParagraphFormat(
                jc == null ? align : alignment(Xml.w(jc, "val")),
                Units.twips(attr(ind, "left", "start"), left),
                Units.twips(attr(ind, "right", "end"), right),
                // a first-line indent and a hanging indent exclude each other: the one given last wins
                hang != null ? 0 : Units.twips(first, firstLine),
                first != null && hang == null ? 0 : Units.twips(hang, hanging),
                Units.twips(attr(spacing, "before"), before),
                Units.twips(attr(spacing, "after"), after),
                lineValue == null
                        ? line
                        : lineRule(spacing).equals("auto")
                                ? Units.number(lineValue, 240) / 240
                                : Units.twips(lineValue, 12),
                lineValue == null ? lineRule : lineRule(spacing),
                pageBreak == null ? pageBreakBefore : Units.on(Xml.w(pageBreak, "val")),
                num == null ? numId : Xml.w(num, "val"),
                ilvl == null ? level : (int) Units.number(Xml.w(ilvl, "val"), 0),
                rightTab || hasRightTab(pPr));
    }

    String css() {
        StringBuilder css = new StringBuilder();
        css.append("text-align:").append(align).append(';');
        if (left != 0) {
            css.append("margin-left:").append(Units.pt(left)).append(';');
        }
        if (right != 0) {
            css.append("margin-right:").append(Units.pt(right)).append(';');
        }
        // the renderer misplaces lines under a negative text-indent (they run past the right margin), so a
        // hanging indent is left to the list label, which floats into it
        if (firstLine > 0) {
            css.append("text-indent:").append(Units.pt(firstLine)).append(';');
        }
        // Word adds the space after one paragraph to the space before the next; CSS margins would collapse
        if (before > 0) {
            css.append("padding-top:").append(Units.pt(before)).append(';');
        }
        if (after > 0) {
            css.append("padding-bottom:").append(Units.pt(after)).append(';');
        }
        return css.toString();
    }

    /** Single spacing of Times New Roman and its metric twin is about 1.15 of the font size. */
    String lineHeight(double fontSize) {
        if ("auto".equals(lineRule)) {
            return String.format(Locale.ROOT, "%.3f", 1.15 * line);
        }
        if ("atLeast".equals(lineRule)) {
            return Units.pt(Math.max(line, 1.15 * fontSize));
        }
        return Units.pt(line);
    }

    private static String alignment(String value) {
        if (value == null) {
            return "left";
        }
        return switch (value) {
            case "center" -> "center";
            case "right", "end" -> "right";
            case "both", "distribute", "lowKashida", "mediumKashida", "highKashida", "thaiDistribute" -> "justify";
            default -> "left";
        };
    }

    private static String lineRule(Element spacing) {
        String rule = Xml.w(spacing, "lineRule");
        return rule == null ? "auto" : rule;
    }

    private static boolean hasRightTab(Element pPr) {
        Element tabs = Xml.child(pPr, Xml.W, "tabs");
        return tabs != null
                && Xml.children(tabs, Xml.W, "tab").stream()
                        .anyMatch(tab -> "right".equals(Xml.w(tab, "val")) || "end".equals(Xml.w(tab, "val")));
    }

    private static String attr(Element element, String... names) {
        if (element == null) {
            return null;
        }
        for (String name : names) {
            String value = Xml.w(element, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
