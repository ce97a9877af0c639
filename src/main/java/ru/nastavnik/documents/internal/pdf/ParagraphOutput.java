package ru.nastavnik.documents.internal.pdf;

import org.w3c.dom.Element;

/**
 * The XHTML paragraph that a Word paragraph's content goes into. A page break inside the paragraph continues it
 * in a new XHTML paragraph on the next page; a tab before a right-aligned tab stop (the usual «Директор ____
 * И. И. Иванов» line) floats the rest of the line to the right margin.
 */
final class ParagraphOutput {

    /** Word's default tab stops are 1.25 cm apart. */
    private static final double TAB = 35.4;

    private final Html html;
    private final Element parent;
    private final ParagraphFormat format;
    private final RunFormat mark;
    private Element paragraph;
    private Element current;
    private boolean hasContent;
    private boolean floated;

    ParagraphOutput(Html html, Element parent, ParagraphFormat format, RunFormat mark, boolean breakBefore) {
        this.html = html;
        this.parent = parent;
        this.format = format;
        this.mark = mark;
        open(breakBefore);
    }

    Element current() {
        return current;
    }

    void append(Element content) {
        current.appendChild(content);
        hasContent = true;
    }

    void text(String text, RunFormat run) {
        if (text.isEmpty()) {
            return;
        }
        Element span = html.element("span", run.css());
        html.text(span, text);
        append(span);
    }

    void lineBreak() {
        current.appendChild(html.element("br"));
    }

    void tab(RunFormat run) {
        if (format.rightTab() && !floated) {
            current = html.append(paragraph, "span", "float:right;white-space:nowrap;");
            floated = true;
            return;
        }
        append(html.element("span", run.css() + "display:inline-block;width:" + Units.pt(TAB) + ";"));
    }

    void pageBreak() {
        finish();
        open(true);
    }

    /** An empty paragraph is an empty line in Word: as tall as its mark's font makes it. */
    void finish() {
        if (!hasContent) {
            text("\u00A0", mark);
        }
    }

    private void open(boolean breakBefore) {
        paragraph = html.append(
                parent,
                "p",
                format.css() + "font-size:" + Units.pt(mark.size()) + ";line-height:" + format.lineHeight(mark.size())
                        + ";" + (breakBefore ? "page-break-before:always;" : ""));
        current = paragraph;
        hasContent = false;
        floated = false;
    }
}
