package ru.nastavnik.documents;

import java.time.LocalDate;

/** One of a teacher's own documents on her «Мои данные» page: what it is, its date, where it downloads. */
public record OwnDocument(String title, LocalDate date, String href) {

    public OwnDocument {
        if (title == null || title.isBlank() || href == null || href.isBlank()) {
            throw new IllegalArgumentException("A document has a title and an address");
        }
    }
}
