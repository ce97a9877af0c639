package ru.nastavnik.documents.internal.pdf;

import org.w3c.dom.Element;
import ru.nastavnik.documents.internal.docx.Xml;

/**
 * Border lines of a table: the table's own (or its style's) outer and inside lines, overridden cell by cell.
 * A cell on the edge takes the outer line, an inner one the inside line.
 */
final class CellBorders {

    private final Element top;
    private final Element left;
    private final Element bottom;
    private final Element right;
    private final Element insideH;
    private final Element insideV;

    /** {@code levels}: the {@code tblBorders} elements that apply, weakest (the style's) first. */
    CellBorders(Iterable<Element> levels) {
        Element[] sides = new Element[6];
        for (Element borders : levels) {
            sides[0] = pick(borders, sides[0], "top");
            sides[1] = pick(borders, sides[1], "left", "start");
            sides[2] = pick(borders, sides[2], "bottom");
            sides[3] = pick(borders, sides[3], "right", "end");
            sides[4] = pick(borders, sides[4], "insideH");
            sides[5] = pick(borders, sides[5], "insideV");
        }
        top = sides[0];
        left = sides[1];
        bottom = sides[2];
        right = sides[3];
        insideH = sides[4];
        insideV = sides[5];
    }

    String css(Element tcBorders, boolean firstRow, boolean lastRow, boolean firstColumn, boolean lastColumn) {
        return "border-top:" + line(pick(tcBorders, firstRow ? top : insideH, "top")) + ";"
                + "border-bottom:" + line(pick(tcBorders, lastRow ? bottom : insideH, "bottom")) + ";"
                + "border-left:" + line(pick(tcBorders, firstColumn ? left : insideV, "left", "start")) + ";"
                + "border-right:" + line(pick(tcBorders, lastColumn ? right : insideV, "right", "end")) + ";";
    }

    private static Element pick(Element borders, Element fallback, String... names) {
        for (String name : names) {
            Element side = Xml.child(borders, Xml.W, name);
            if (side != null) {
                return side;
            }
        }
        return fallback;
    }

    private static String line(Element border) {
        String value = border == null ? null : Xml.w(border, "val");
        if (value == null || value.equals("nil") || value.equals("none")) {
            return "none";
        }
        // sizes are eighths of a point; a hairline still has to show on paper
        double width = Math.max(Units.number(Xml.w(border, "sz"), 4) / 8, 0.5);
        String color = Units.color(Xml.w(border, "color"));
        String style = switch (value) {
            case "double" -> "double";
            case "dotted" -> "dotted";
            case "dashed", "dashSmallGap", "dotDash", "dotDotDash" -> "dashed";
            default -> "solid";
        };
        return Units.pt(style.equals("double") ? Math.max(width * 3, 2) : width) + " " + style + " "
                + (color == null ? "#000000" : color);
    }
}
