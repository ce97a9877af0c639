package ru.nastavnik.documents.internal.pdf;

import org.w3c.dom.Element;
import ru.nastavnik.documents.internal.docx.Xml;

/**
 * Resolves what Word would show: document defaults, then the paragraph style and its ancestors, then the list
 * level, then the paragraph's own properties; for a run also its character style and its own properties.
 */
final class Formats {

    private final WordStyles styles;
    private final ListLabels lists;

    Formats(WordStyles styles, ListLabels lists) {
        this.styles = styles;
        this.lists = lists;
    }

    ListLabels lists() {
        return lists;
    }

    ParagraphFormat paragraph(Element paragraph) {
        Element pPr = Xml.child(paragraph, Xml.W, "pPr");
        ParagraphFormat styled = ParagraphFormat.DEFAULT.with(styles.defaultParagraphProperties());
        for (Element properties : styles.chain(paragraphStyle(pPr), "pPr")) {
            styled = styled.with(properties);
        }
        ParagraphFormat own = styled.with(pPr);
        Element level = own.numId() == null ? null : lists.level(own.numId(), own.level());
        return level == null ? own : styled.with(Xml.child(level, Xml.W, "pPr")).with(pPr);
    }

    /** The formatting every run of the paragraph starts from. */
    RunFormat paragraphRun(Element paragraph) {
        Element pPr = Xml.child(paragraph, Xml.W, "pPr");
        RunFormat format = RunFormat.DEFAULT.with(styles.defaultRunProperties());
        for (Element properties : styles.chain(paragraphStyle(pPr), "rPr")) {
            format = format.with(properties);
        }
        return format;
    }

    /** The paragraph mark's formatting: what an empty paragraph (an empty line) is as tall as. */
    RunFormat mark(Element paragraph, RunFormat base) {
        return base.with(Xml.child(Xml.child(paragraph, Xml.W, "pPr"), Xml.W, "rPr"));
    }

    RunFormat run(RunFormat base, Element run) {
        Element rPr = Xml.child(run, Xml.W, "rPr");
        RunFormat format = base;
        String style = Xml.w(Xml.child(rPr, Xml.W, "rStyle"), "val");
        for (Element properties : styles.chain(style, "rPr")) {
            format = format.with(properties);
        }
        return format.with(rPr);
    }

    private String paragraphStyle(Element pPr) {
        return styles.orDefault(Xml.w(Xml.child(pPr, Xml.W, "pStyle"), "val"), "paragraph");
    }
}
