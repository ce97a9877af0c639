package ru.nastavnik.documents.internal.docx;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The places that hold paragraphs and tables: the body, a table cell, a header or footer, a text box. Word
 * refuses to open a file where such a place is left empty or ends with a table, so filling keeps a paragraph last.
 */
final class Containers {

    private Containers() {}

    /** The block-level children, without the properties elements that open a cell or close the body. */
    static List<Element> blocks(Element container) {
        List<Element> blocks = new ArrayList<>();
        for (Element child : Xml.children(container)) {
            if (!Xml.is(child, Xml.W, "sectPr") && !Xml.is(child, Xml.W, "tcPr")) {
                blocks.add(child);
            }
        }
        return blocks;
    }

    static void endWithParagraph(Element container) {
        List<Element> blocks = blocks(container);
        Element last = null;
        for (Element block : blocks) {
            if (Xml.is(block, Xml.W, "p") || Xml.is(block, Xml.W, "tbl") || Xml.is(block, Xml.W, "sdt")) {
                last = block;
            }
        }
        if (last != null && !Xml.is(last, Xml.W, "tbl")) {
            return;
        }
        Element paragraph = Xml.newW(container, "p");
        Element sectPr = Xml.child(container, Xml.W, "sectPr");
        container.insertBefore(paragraph, sectPr);
    }

    /** Text boxes anchored in a paragraph (Word writes each twice: for new and for old readers). */
    static List<Element> textBoxes(Element paragraph) {
        List<Element> boxes = new ArrayList<>();
        for (Element box : Xml.descendants(paragraph, Xml.W, "txbxContent")) {
            if (!insideAnotherBox(box, paragraph)) {
                boxes.add(box);
            }
        }
        return boxes;
    }

    private static boolean insideAnotherBox(Element box, Element paragraph) {
        for (Node n = box.getParentNode(); n != null && n != paragraph; n = n.getParentNode()) {
            if (Xml.is(n, Xml.W, "txbxContent")) {
                return true;
            }
        }
        return false;
    }

    /** Copies of the elements, placed before {@code anchor} in their order. */
    static List<Element> copyBefore(List<Element> elements, Element anchor) {
        List<Element> copies = new ArrayList<>();
        for (Element element : elements) {
            Element copy = (Element) element.cloneNode(true);
            forgetIdentity(copy);
            anchor.getParentNode().insertBefore(copy, anchor);
            copies.add(copy);
        }
        return copies;
    }

    /**
     * A copy must not repeat ids that Word expects to be unique: paragraph ids, bookmarks (the same name twice
     * is dropped anyway) and content-control ids are optional, so the copy goes without them.
     */
    static void forgetIdentity(Element copy) {
        List<Element> all = Xml.descendants(copy, "*", "*");
        all.add(copy);
        for (Element e : all) {
            e.removeAttributeNS(Xml.W14, "paraId");
            e.removeAttributeNS(Xml.W14, "textId");
            if (Xml.is(e, Xml.W, "bookmarkStart")
                    || Xml.is(e, Xml.W, "bookmarkEnd")
                    || (Xml.is(e, Xml.W, "id") && Xml.is(e.getParentNode(), Xml.W, "sdtPr"))) {
                Xml.remove(e);
            }
        }
    }

    static void removeAll(List<Element> elements) {
        elements.forEach(Xml::remove);
    }
}
