package ru.nastavnik.documents;

import java.util.List;
import java.util.function.IntConsumer;
import ru.nastavnik.documents.internal.pdf.DocxPdfConverter;

/**
 * PDF of a DOCX the system generated, for printing and for viewing in a browser. The layout is Word's in
 * simplified form: paragraphs with alignment, indents, spacing and lists; bold, italic, underline and sizes;
 * tables with borders, column widths and merged cells; page size, margins, headers and footers with page
 * numbers; pictures. Every font is drawn as Liberation Serif (metrically Times New Roman), embedded. Tab stops
 * other than a right-aligned one, floating objects, text boxes, footnote texts, charts and EMF/WMF pictures are
 * approximated or left out; a document made to be printed from Word is best printed from Word.
 */
public final class PdfRenderer {

    private PdfRenderer() {}

    /**
     * @throws TemplateException ({@code document.template.corrupt} and the like) when the bytes are not a DOCX
     */
    public static byte[] fromDocx(byte[] docx) {
        return DocxPdfConverter.convert(docx);
    }

    /**
     * Several documents as one PDF, e.g. a batch of consents, each starting on a new page. Documents that number
     * their pages are rendered one by one, so that «стр. 1 из 2» counts each document's own pages (a PDF of
     * {@link DocxTemplates#concatenate} cannot restart the count); documents without page numbers are laid out
     * many at a time, which is several times faster.
     */
    public static byte[] fromDocx(List<byte[]> documents) {
        return fromDocx(documents, done -> {});
    }

    /** As {@link #fromDocx(List)}, telling {@code progress} how many documents are rendered so far. */
    public static byte[] fromDocx(List<byte[]> documents, IntConsumer progress) {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("There is nothing to render");
        }
        return DocxPdfConverter.convert(documents, progress);
    }
}
