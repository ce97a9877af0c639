package ru.nastavnik.documents.internal.docx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Gives each imported numbered list a list definition of its own in the target, so that the numbering of the
 * second consent of a batch starts again at 1 instead of going on from the first one.
 */
final class NumberingImporter {

    private static final String CONTENT_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";

    private final Element sourceNumbering;
    private final DocxPackage target;
    private final Map<String, String> numIds = new HashMap<>();

    NumberingImporter(DocxPackage source, DocxPackage target) {
        this.sourceNumbering = numbering(source);
        this.target = target;
    }

    void remap(Element subtree) {
        for (Element numId : Xml.descendants(subtree, Xml.W, "numId")) {
            String old = Xml.w(numId, "val");
            if (old != null && !"0".equals(old) && Xml.is(numId.getParentNode(), Xml.W, "numPr")) {
                Xml.setW(numId, "val", numIds.computeIfAbsent(old, this::importList));
            }
        }
    }

    private String importList(String numId) {
        Element num = find(sourceNumbering, "num", "numId", numId);
        Element abstractNum = num == null
                ? null
                : find(
                        sourceNumbering,
                        "abstractNum",
                        "abstractNumId",
                        Xml.w(Xml.child(num, Xml.W, "abstractNumId"), "val"));
        if (abstractNum == null) {
            return "0";
        }
        Element root = targetNumbering();
        Document document = root.getOwnerDocument();
        Element newAbstract = (Element) document.importNode(abstractNum, true);
        String abstractId = String.valueOf(nextId(root, "abstractNum", "abstractNumId"));
        Xml.setW(newAbstract, "abstractNumId", abstractId);
        // Word joins lists that share this identifier into one, numbered on and on
        Xml.remove(Xml.child(newAbstract, Xml.W, "nsid"));
        Element cleanup = Xml.child(root, Xml.W, "numIdMacAtCleanup");
        List<Element> nums = Xml.children(root, Xml.W, "num");
        // the schema wants every list definition before the first list instance
        root.insertBefore(newAbstract, nums.isEmpty() ? cleanup : nums.get(0));
        Element newNum = (Element) document.importNode(num, true);
        String newId = String.valueOf(nextId(root, "num", "numId"));
        Xml.setW(newNum, "numId", newId);
        Xml.setW(Xml.child(newNum, Xml.W, "abstractNumId"), "val", abstractId);
        root.insertBefore(newNum, cleanup);
        return newId;
    }

    private Element targetNumbering() {
        Element existing = numbering(target);
        if (existing != null) {
            return existing;
        }
        Document document = Xml.newDocument();
        Element root = document.createElementNS(Xml.W, "w:numbering");
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:w", Xml.W);
        document.appendChild(root);
        String part = target.freeName("word/numbering.xml");
        target.put(part, document, CONTENT_TYPE);
        target.relationships(target.mainPart()).add(Relationships.NUMBERING, Relationships.targetOf(part), false);
        return root;
    }

    static Element numbering(DocxPackage docx) {
        Relationships relationships = docx.relationships(docx.mainPart());
        return relationships.ofType(Relationships.NUMBERING).stream()
                .map(relationships::partOf)
                .filter(docx::has)
                .findFirst()
                .map(part -> docx.xml(part).getDocumentElement())
                .orElse(null);
    }

    private static Element find(Element root, String element, String idAttribute, String id) {
        if (root == null || id == null) {
            return null;
        }
        return Xml.children(root, Xml.W, element).stream()
                .filter(e -> id.equals(Xml.w(e, idAttribute)))
                .findFirst()
                .orElse(null);
    }

    private static int nextId(Element root, String element, String idAttribute) {
        int max = 0;
        for (Element e : Xml.children(root, Xml.W, element)) {
            try {
                max = Math.max(max, Integer.parseInt(Xml.w(e, idAttribute)));
            } catch (NumberFormatException ignored) {
                // Word writes only numbers; anything else simply does not count
            }
        }
        return max + 1;
    }
}
