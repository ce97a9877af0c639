package ru.nastavnik.mentorship;

import ru.nastavnik.documents.PdfRenderer;

/** A generated document with the file name a school keeps it under: what it is and whose it is, in Russian. */
public record DocumentFile(String name, byte[] content) {

    /** This DOCX as a PDF under the same name, for printing and viewing without Word. */
    public DocumentFile toPdf() {
        return new DocumentFile(name.replaceFirst("\\.docx$", ".pdf"), PdfRenderer.fromDocx(content));
    }
}
