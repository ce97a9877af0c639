package ru.nastavnik.documents.internal.pdf;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import ru.nastavnik.documents.internal.docx.Xml;

/** The paragraphs and tables of one place (the body, a cell, a header) in their order. */
final class BlockWriter {

    private final ParagraphWriter paragraphs;
    private final TableWriter tables;

    BlockWriter(Html html, Formats formats, WordStyles styles, Images images) {
        this.paragraphs = new ParagraphWriter(html, formats, images);
        this.tables = new TableWriter(html, styles, this);
    }

    /** The block-level children of a container, properties left out. */
    static List<Element> blocks(Element container) {
        List<Element> blocks = new ArrayList<>();
        for (Element child : Xml.children(container)) {
            if (!Xml.is(child, Xml.W, "sectPr") && !Xml.is(child, Xml.W, "tcPr")) {
                blocks.add(child);
            }
        }
        return blocks;
    }

    /** The text width of the section being written, which no table may exceed. */
    void available(double points) {
        tables.available(points);
    }

    void write(List<Element> blocks, Element parent) {
        write(blocks, parent, false);
    }

    /** {@code breakFirst}: the first paragraph starts a new page, as the first of a new section does. */
    void write(List<Element> blocks, Element parent, boolean breakFirst) {
        boolean pendingBreak = breakFirst;
        for (Element block : blocks) {
            if (Xml.is(block, Xml.W, "p")) {
                paragraphs.write(block, parent, pendingBreak);
                pendingBreak = false;
            } else if (Xml.is(block, Xml.W, "tbl")) {
                tables.write(block, parent);
            } else if (Xml.is(block, Xml.W, "sdt")) {
                write(blocks(Xml.child(block, Xml.W, "sdtContent")), parent);
            } else if (Xml.is(block, Xml.W, "customXml")) {
                write(blocks(block), parent);
            }
        }
    }
}
