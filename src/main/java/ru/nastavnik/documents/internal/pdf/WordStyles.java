package ru.nastavnik.documents.internal.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import ru.nastavnik.documents.internal.docx.DocxPackage;
import ru.nastavnik.documents.internal.docx.Relationships;
import ru.nastavnik.documents.internal.docx.Xml;

/** {@code styles.xml}: document defaults and named styles, each possibly based on another. */
final class WordStyles {

    /** Deeper chains are broken documents (or cycles); Word itself stops long before. */
    private static final int MAX_DEPTH = 20;

    private final Map<String, Element> styles = new HashMap<>();
    private final Map<String, String> defaults = new HashMap<>();
    private final Element defaultParagraph;
    private final Element defaultRun;

    private WordStyles(Element root) {
        Element docDefaults = Xml.child(root, Xml.W, "docDefaults");
        defaultParagraph = Xml.child(Xml.child(docDefaults, Xml.W, "pPrDefault"), Xml.W, "pPr");
        defaultRun = Xml.child(Xml.child(docDefaults, Xml.W, "rPrDefault"), Xml.W, "rPr");
        if (root != null) {
            for (Element style : Xml.children(root, Xml.W, "style")) {
                styles.putIfAbsent(Xml.w(style, "styleId"), style);
                if (Units.on(Xml.w(style, "default")) && style.hasAttributeNS(Xml.W, "default")) {
                    defaults.putIfAbsent(Xml.w(style, "type"), Xml.w(style, "styleId"));
                }
            }
        }
    }

    static WordStyles of(DocxPackage docx) {
        Relationships relationships = docx.relationships(docx.mainPart());
        return new WordStyles(relationships.ofType(Relationships.STYLES).stream()
                .map(relationships::partOf)
                .filter(docx::has)
                .findFirst()
                .map(part -> docx.xml(part).getDocumentElement())
                .orElse(null));
    }

    Element defaultParagraphProperties() {
        return defaultParagraph;
    }

    Element defaultRunProperties() {
        return defaultRun;
    }

    /** A style id, or the default style of that type ("paragraph", "character", "table") when none is given. */
    String orDefault(String styleId, String type) {
        return styleId != null ? styleId : defaults.get(type);
    }

    /** The properties element ({@code pPr}, {@code rPr}, {@code tblPr}) of a style and its ancestors, base first. */
    List<Element> chain(String styleId, String properties) {
        List<Element> chain = new ArrayList<>();
        String id = styleId;
        for (int depth = 0; id != null && depth < MAX_DEPTH; depth++) {
            Element style = styles.get(id);
            if (style == null) {
                break;
            }
            Element element = Xml.child(style, Xml.W, properties);
            if (element != null) {
                chain.add(element);
            }
            id = Xml.w(Xml.child(style, Xml.W, "basedOn"), "val");
        }
        Collections.reverse(chain);
        return chain;
    }
}
