package ru.nastavnik.documents.internal.pdf;

import org.w3c.dom.Element;

/** A Word paragraph as XHTML: its list label, its runs, and page breaks inside it. */
final class ParagraphWriter {

    private final Html html;
    private final Formats formats;
    private final Images images;

    ParagraphWriter(Html html, Formats formats, Images images) {
        this.html = html;
        this.formats = formats;
        this.images = images;
    }

    void write(Element paragraph, Element parent, boolean breakBefore) {
        ParagraphFormat format = formats.paragraph(paragraph);
        RunFormat base = formats.paragraphRun(paragraph);
        RunFormat mark = formats.mark(paragraph, base);
        ParagraphOutput out = new ParagraphOutput(html, parent, format, mark, breakBefore || format.pageBreakBefore());
        if (format.numId() != null && !"0".equals(format.numId())) {
            label(out, format, mark);
        }
        new RunWriter(html, formats, images, out).write(paragraph, base);
        out.finish();
    }

    /** The number or bullet, in the hanging indent when there is one, as Word lays it out. */
    private void label(ParagraphOutput out, ParagraphFormat format, RunFormat mark) {
        String label = formats.lists().next(format.numId(), format.level());
        if (label.isEmpty()) {
            return;
        }
        double width = format.hanging();
        Element span = html.element(
                "span",
                mark.css()
                        + (width > 0
                                ? "float:left;white-space:nowrap;width:" + Units.pt(width) + ";margin-left:-"
                                        + Units.pt(width) + ";"
                                : ""));
        html.text(span, width > 0 ? label : label + "\u00A0");
        out.append(span);
    }
}
