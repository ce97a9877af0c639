package ru.nastavnik.documents.internal.pdf;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import ru.nastavnik.documents.internal.docx.Xml;

/**
 * A part of the body with one page setup. Word ends a section in the properties of its last paragraph; the
 * last section's properties close the body.
 */
record Section(List<Element> blocks, Element sectPr) {

    static List<Section> split(Element body) {
        List<Section> sections = new ArrayList<>();
        List<Element> blocks = new ArrayList<>();
        for (Element block : BlockWriter.blocks(body)) {
            blocks.add(block);
            Element sectPr = Xml.child(Xml.child(block, Xml.W, "pPr"), Xml.W, "sectPr");
            if (Xml.is(block, Xml.W, "p") && sectPr != null) {
                sections.add(new Section(blocks, sectPr));
                blocks = new ArrayList<>();
            }
        }
        sections.add(new Section(blocks, Xml.child(body, Xml.W, "sectPr")));
        return sections;
    }

    /** A continuous section goes on on the same page; every other kind starts a new one. */
    boolean continuous() {
        return "continuous".equals(Xml.w(Xml.child(sectPr, Xml.W, "type"), "val"));
    }

    /** The part id of this section's header or footer of a kind ("default", "first"), or null. */
    String reference(String element, String kind) {
        for (Element reference : Xml.children(sectPr, Xml.W, element)) {
            if (kind.equals(Xml.w(reference, "type"))) {
                return Xml.attr(reference, Xml.R, "id");
            }
        }
        return null;
    }

    boolean titlePage() {
        Element titlePg = Xml.child(sectPr, Xml.W, "titlePg");
        return titlePg != null && Units.on(Xml.w(titlePg, "val"));
    }

    /** Page size and margins in points: width, height, top, right, bottom, left, header, footer. */
    double[] page() {
        Element size = Xml.child(sectPr, Xml.W, "pgSz");
        Element margins = Xml.child(sectPr, Xml.W, "pgMar");
        // without a setup: A4 with margins within ГОСТ Р 7.0.97 as schools set them (20/15/20/30 mm)
        return new double[] {
            Units.twips(Xml.w(size, "w"), 595.3), Units.twips(Xml.w(size, "h"), 841.9),
            Math.abs(Units.twips(Xml.w(margins, "top"), 56.7)), Units.twips(Xml.w(margins, "right"), 42.5),
            Math.abs(Units.twips(Xml.w(margins, "bottom"), 56.7)), Units.twips(Xml.w(margins, "left"), 85.0),
            Units.twips(Xml.w(margins, "header"), 35.4), Units.twips(Xml.w(margins, "footer"), 35.4)
        };
    }
}
