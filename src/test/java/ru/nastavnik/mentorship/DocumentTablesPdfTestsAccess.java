package ru.nastavnik.mentorship;

/** The PDF text reader of the documents' tests, for tests of other modules that read a generated PDF back. */
public final class DocumentTablesPdfTestsAccess {

    private DocumentTablesPdfTestsAccess() {}

    public static String pdfText(byte[] pdf) throws Exception {
        return DocumentTablesPdfTests.pdfText(pdf);
    }
}
