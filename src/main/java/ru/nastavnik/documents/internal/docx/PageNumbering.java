package ru.nastavnik.documents.internal.docx;

import java.util.List;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Page numbers of a batch count each document on its own, as a separate document printed alone would: its first
 * section restarts at 1, and «из N» counts the pages of its section instead of the whole file. The latter only
 * holds when every document of the batch is one section, which is what templates are.
 */
final class PageNumbering {

    /** The elements that follow {@code w:pgNumType} in a section's properties, by the schema's order. */
    private static final Set<String> AFTER = Set.of(
            "cols",
            "formProt",
            "vAlign",
            "noEndnote",
            "titlePg",
            "textDirection",
            "bidi",
            "rtlGutter",
            "docGrid",
            "printerSettings",
            "sectPrChange");

    private PageNumbering() {}

    static void restartAtOne(Element sectPr) {
        Element pgNumType = Xml.child(sectPr, Xml.W, "pgNumType");
        if (pgNumType == null) {
            pgNumType = Xml.newW(sectPr, "pgNumType");
            Element before = Xml.children(sectPr).stream()
                    .filter(e -> AFTER.contains(e.getLocalName()))
                    .findFirst()
                    .orElse(null);
            sectPr.insertBefore(pgNumType, before);
        }
        if (Xml.w(pgNumType, "start") == null) {
            Xml.setW(pgNumType, "start", "1");
        }
    }

    /** The first section of a body: ended by the first paragraph that ends one, or by the body itself. */
    static Element firstSection(Element body) {
        for (Element block : Xml.children(body, Xml.W, "p")) {
            Element sectPr = Xml.child(Xml.child(block, Xml.W, "pPr"), Xml.W, "sectPr");
            if (sectPr != null) {
                return sectPr;
            }
        }
        return Xml.child(body, Xml.W, "sectPr");
    }

    static boolean singleSection(Element body) {
        return Xml.descendants(body, Xml.W, "pPr").stream().noneMatch(p -> Xml.child(p, Xml.W, "sectPr") != null);
    }

    /** NUMPAGES counts the whole file; SECTIONPAGES the section, which in a batch is one document. */
    static void countPagesPerSection(List<Document> parts) {
        for (Document part : parts) {
            for (Element instruction : Xml.descendants(part, Xml.W, "instrText")) {
                instruction.setTextContent(instruction.getTextContent().replaceAll("\\bNUMPAGES\\b", "SECTIONPAGES"));
            }
            for (Element field : Xml.descendants(part, Xml.W, "fldSimple")) {
                String instr = Xml.w(field, "instr");
                if (instr != null) {
                    Xml.setW(field, "instr", instr.replaceAll("\\bNUMPAGES\\b", "SECTIONPAGES"));
                }
            }
        }
    }
}
