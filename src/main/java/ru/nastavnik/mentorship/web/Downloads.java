package ru.nastavnik.mentorship.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import ru.nastavnik.documents.FileType;

/** A generated document as an attachment. */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<byte[]> docx(byte[] body, String name) {
        return file(body, name, FileType.DOCX.contentType());
    }

    static ResponseEntity<byte[]> file(byte[] body, String name, String contentType) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CONTENT_TYPE, contentType)
                .body(body);
    }
}
