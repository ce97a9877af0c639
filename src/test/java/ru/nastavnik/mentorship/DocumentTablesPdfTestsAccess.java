package ru.nastavnik.mentorship;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import ru.nastavnik.mentorship.internal.DocumentTablesPdfTests;

/** The PDF text reader of the documents' tests, for tests of other modules that read a generated PDF back. */
public final class DocumentTablesPdfTestsAccess {

    private DocumentTablesPdfTestsAccess() {}

    public static String pdfText(byte[] pdf) throws Exception {
        return DocumentTablesPdfTests.pdfText(pdf);
    }

    /**
     * The PDF's words in the order it draws them (a table cell's lines together), as one line: a word the PDF
     * hyphenated at a line's end in a narrow cell («педаго- гического») is read whole.
     */
    public static String readableText(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return joined(new PDFTextStripper().getText(document));
        }
    }

    /** Whitespace as single spaces and line-end hyphens inside words joined. */
    public static String joined(String text) {
        return text.replaceAll("\\s+", " ").replaceAll("([а-яё])- ([а-яё])", "$1$2");
    }
}
