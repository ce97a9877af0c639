package ru.nastavnik.mentorship;

import ru.nastavnik.mentorship.internal.DocumentWordingTests;

/** The DOCX text reader of the documents' tests, for tests of other modules that read a generated DOCX back. */
public final class DocumentWordingTestsAccess {

    private DocumentWordingTestsAccess() {}

    public static String text(byte[] docx) throws Exception {
        return DocumentWordingTests.text(docx).replaceAll("\\s+", " ");
    }
}
