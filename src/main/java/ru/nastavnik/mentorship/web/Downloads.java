package ru.nastavnik.mentorship.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import ru.nastavnik.documents.FileType;
import ru.nastavnik.documents.SafeFileName;
import ru.nastavnik.mentorship.DocumentFile;

/** A generated document as an attachment. */
final class Downloads {

    private Downloads() {}

    static ResponseEntity<byte[]> docx(DocumentFile document) {
        return file(document.content(), document.name(), FileType.DOCX.contentType());
    }

    static ResponseEntity<byte[]> pdf(DocumentFile document) {
        return file(document.content(), document.name(), FileType.PDF.contentType());
    }

    /**
     * A generated consent as a PDF: one made from a DOCX template is converted, one the school keeps as its own PDF
     * template is served as it is (a new school could not put the mentor's consent into a signing packet of PDFs).
     */
    static ResponseEntity<byte[]> pdf(ru.nastavnik.consent.GeneratedFile file) {
        return FileType.DOCX.contentType().equals(file.contentType())
                ? pdf(new DocumentFile(file.name(), file.content()).toPdf())
                : file(file.content(), file.name(), file.contentType());
    }

    static ResponseEntity<byte[]> file(byte[] body, String name, String contentType) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, SafeFileName.attachment(name))
                .header(HttpHeaders.CONTENT_TYPE, contentType)
                .body(body);
    }
}
