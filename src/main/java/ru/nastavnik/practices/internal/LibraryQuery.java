package ru.nastavnik.practices.internal;

import ru.nastavnik.practices.PracticeLevel;
import ru.nastavnik.shared.OrganisationId;

/**
 * A search of a library: words (Russian full text, ranked), one school of the area, the least level reached
 * (a practice sent further up stays in the libraries below); each may be empty.
 */
public record LibraryQuery(String words, OrganisationId school, PracticeLevel level) {

    public LibraryQuery {
        words = words == null ? "" : words.strip();
        if (words.length() > 200) {
            throw ru.nastavnik.shared.InvalidInputException.of("q", "practice.library.words.tooLong");
        }
    }

    public static LibraryQuery all() {
        return new LibraryQuery("", null, null);
    }
}
