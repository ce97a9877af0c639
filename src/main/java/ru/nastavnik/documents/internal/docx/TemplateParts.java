package ru.nastavnik.documents.internal.docx;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Where a template's text lives: the body, the headers and footers, the footnotes and endnotes. Each is
 * prepared for reading placeholders (split runs joined) when it is listed.
 */
final class TemplateParts {

    private static final String TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private TemplateParts() {}

    /** Part names, headers and footers before the body: see {@link DrawingIds}. */
    static List<String> names(DocxPackage docx) {
        List<String> parts = new ArrayList<>(docx.headersAndFooters());
        Relationships relationships = docx.relationships(docx.mainPart());
        for (String type : List.of(TYPES + "footnotes", TYPES + "endnotes")) {
            relationships.ofType(type).stream()
                    .map(relationships::partOf)
                    .filter(docx::has)
                    .forEach(parts::add);
        }
        parts.add(docx.mainPart());
        return parts;
    }

    /** The containers of paragraphs and tables in those parts, with placeholders made whole. */
    static List<Element> containers(DocxPackage docx) {
        List<Element> containers = new ArrayList<>();
        for (String part : names(docx)) {
            SplitPlaceholders.join(docx.xml(part));
            Element root = docx.xml(part).getDocumentElement();
            if (part.equals(docx.mainPart())) {
                containers.add(docx.body());
            } else if (Xml.is(root, Xml.W, "footnotes") || Xml.is(root, Xml.W, "endnotes")) {
                containers.addAll(Xml.children(root, Xml.W, root.getLocalName().replace("notes", "note")));
            } else {
                containers.add(root);
            }
        }
        return containers;
    }
}
