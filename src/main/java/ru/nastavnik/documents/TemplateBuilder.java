package ru.nastavnik.documents;

import java.util.List;
import ru.nastavnik.documents.internal.docx.DocxBuilder;

/**
 * Writes the built-in templates as code (A4, Times-compatible font, ГОСТ Р 7.0.97 margins), so that their
 * wording is reviewed like any other change. Placeholders are written as {@code {{path}}}.
 */
public final class TemplateBuilder {

    private final DocxBuilder docx;

    private TemplateBuilder(DocxBuilder docx) {
        this.docx = docx;
    }

    public static TemplateBuilder a4() {
        return new TemplateBuilder(DocxBuilder.a4());
    }

    public TemplateBuilder heading(String text) {
        docx.heading(text);
        return this;
    }

    public TemplateBuilder paragraph(String text) {
        docx.paragraph(text);
        return this;
    }

    public TemplateBuilder centered(String text, boolean bold) {
        docx.paragraph(text, DocxBuilder.Align.CENTER, bold);
        return this;
    }

    public TemplateBuilder right(String text) {
        docx.paragraph(text, DocxBuilder.Align.RIGHT, false);
        return this;
    }

    public TemplateBuilder justified(String text) {
        docx.paragraph(text, DocxBuilder.Align.JUSTIFY, false);
        return this;
    }

    /** {@code left} at the margin and {@code right} flush with the right margin on the same line. */
    public TemplateBuilder spread(String left, String right) {
        docx.spread(left, right);
        return this;
    }

    public TemplateBuilder emptyLine() {
        docx.emptyLine();
        return this;
    }

    /** A table with a header row and one row repeated for each element of the list {@code list}. */
    public TemplateBuilder table(int[] columnWidthsMm, List<String> header, String list, List<String> repeatedRow) {
        docx.table(columnWidthsMm, header, list, repeatedRow);
        return this;
    }

    /** The same in a smaller type ({@code fontSize} pt), for a table of many columns that must fit the page. */
    public TemplateBuilder table(
            int[] columnWidthsMm, List<String> header, String list, List<String> repeatedRow, int fontSize) {
        docx.table(columnWidthsMm, header, list, repeatedRow, fontSize);
        return this;
    }

    public byte[] build() {
        return docx.build();
    }
}
