package ru.nastavnik.documents.internal.docx;

import org.w3c.dom.Element;

/**
 * Copies the styles that imported content uses and the target lacks. A style the target already defines under
 * the same id is kept as it is: documents of one batch come from one template and define their styles alike.
 */
final class StyleImporter {

    private final Element sourceStyles;
    private final Element targetStyles;

    StyleImporter(DocxPackage source, DocxPackage target) {
        this.sourceStyles = styles(source);
        this.targetStyles = styles(target);
    }

    void remap(Element subtree) {
        if (sourceStyles == null || targetStyles == null) {
            return;
        }
        for (String reference : new String[] {"pStyle", "rStyle", "tblStyle"}) {
            for (Element use : Xml.descendants(subtree, Xml.W, reference)) {
                importStyle(Xml.w(use, "val"));
            }
        }
    }

    private void importStyle(String id) {
        if (id == null || find(targetStyles, id) != null) {
            return;
        }
        Element style = find(sourceStyles, id);
        if (style == null) {
            return;
        }
        targetStyles.appendChild(targetStyles.getOwnerDocument().importNode(style, true));
        for (String reference : new String[] {"basedOn", "link", "next"}) {
            importStyle(Xml.w(Xml.child(style, Xml.W, reference), "val"));
        }
    }

    static Element styles(DocxPackage docx) {
        Relationships relationships = docx.relationships(docx.mainPart());
        return relationships.ofType(Relationships.STYLES).stream()
                .map(relationships::partOf)
                .filter(docx::has)
                .findFirst()
                .map(part -> docx.xml(part).getDocumentElement())
                .orElse(null);
    }

    static Element find(Element styles, String id) {
        for (Element style : Xml.children(styles, Xml.W, "style")) {
            if (id.equals(Xml.w(style, "styleId"))) {
                return style;
            }
        }
        return null;
    }
}
