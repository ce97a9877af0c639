package ru.nastavnik.documents.internal.pdf;

import java.util.Map;
import org.w3c.dom.Element;
import ru.nastavnik.documents.internal.docx.Xml;

/** The character formatting a run ends up with after its styles and its own properties. */
record RunFormat(
        boolean bold,
        boolean italic,
        boolean underline,
        boolean strike,
        double size,
        String color,
        String vertAlign,
        boolean caps,
        boolean hidden,
        String background) {

    /** Word's own default when a document states none: 10 pt. */
    static final RunFormat DEFAULT = new RunFormat(false, false, false, false, 10, null, null, false, false, null);

    private static final Map<String, String> HIGHLIGHTS = Map.ofEntries(
            Map.entry("yellow", "#FFFF00"),
            Map.entry("green", "#00FF00"),
            Map.entry("cyan", "#00FFFF"),
            Map.entry("magenta", "#FF00FF"),
            Map.entry("blue", "#0000FF"),
            Map.entry("red", "#FF0000"),
            Map.entry("darkBlue", "#000080"),
            Map.entry("darkCyan", "#008080"),
            Map.entry("darkGreen", "#008000"),
            Map.entry("darkMagenta", "#800080"),
            Map.entry("darkRed", "#800000"),
            Map.entry("darkYellow", "#808000"),
            Map.entry("darkGray", "#808080"),
            Map.entry("lightGray", "#C0C0C0"),
            Map.entry("black", "#000000"));

    RunFormat with(Element rPr) {
        if (rPr == null) {
            return this;
        }
        Element u = Xml.child(rPr, Xml.W, "u");
        Element sz = Xml.child(rPr, Xml.W, "sz");
        Element vert = Xml.child(rPr, Xml.W, "vertAlign");
        Element highlight = Xml.child(rPr, Xml.W, "highlight");
        Element shading = Xml.child(rPr, Xml.W, "shd");
        String fill = shading == null ? null : Units.color(Xml.w(shading, "fill"));
        String marker = highlight == null ? null : HIGHLIGHTS.get(Xml.w(highlight, "val"));
        return new RunFormat(
                toggle(rPr, "b", bold),
                toggle(rPr, "i", italic),
                u == null ? underline : !"none".equals(Xml.w(u, "val")),
                toggle(rPr, "strike", strike) || toggle(rPr, "dstrike", false),
                sz == null ? size : Units.number(Xml.w(sz, "val"), size * 2) / 2,
                Xml.child(rPr, Xml.W, "color") == null
                        ? color
                        : Units.color(Xml.w(Xml.child(rPr, Xml.W, "color"), "val")),
                vert == null ? vertAlign : Xml.w(vert, "val"),
                toggle(rPr, "caps", caps),
                toggle(rPr, "vanish", hidden),
                marker != null ? marker : fill != null ? fill : background);
    }

    String css() {
        StringBuilder css = new StringBuilder();
        boolean shifted = "superscript".equals(vertAlign) || "subscript".equals(vertAlign);
        // Word sets super- and subscripts at about two thirds of the size
        css.append("font-size:").append(Units.pt(shifted ? size * 0.65 : size)).append(';');
        if (shifted) {
            css.append("vertical-align:")
                    .append("superscript".equals(vertAlign) ? "super" : "sub")
                    .append(';');
        }
        if (bold) {
            css.append("font-weight:bold;");
        }
        if (italic) {
            css.append("font-style:italic;");
        }
        if (underline || strike) {
            css.append("text-decoration:")
                    .append(underline ? "underline" : "")
                    .append(underline && strike ? " " : "")
                    .append(strike ? "line-through" : "")
                    .append(';');
        }
        if (color != null) {
            css.append("color:").append(color).append(';');
        }
        if (caps) {
            css.append("text-transform:uppercase;");
        }
        if (background != null) {
            css.append("background-color:").append(background).append(';');
        }
        return css.toString();
    }

    private static boolean toggle(Element rPr, String name, boolean inherited) {
        Element e = Xml.child(rPr, Xml.W, name);
        return e == null ? inherited : Units.on(Xml.w(e, "val"));
    }
}
