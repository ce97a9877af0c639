package ru.nastavnik.practices.web;

import ru.nastavnik.practices.PracticeLevel;
import ru.nastavnik.practices.internal.LibraryQuery;
import ru.nastavnik.shared.OrganisationId;

/** The library's search as typed: words, one school of the area, the least level reached; each may be empty. */
record LibraryFilter(String q, OrganisationId school, PracticeLevel level) {

    /** The search the library runs; it refuses words too long to search by. */
    LibraryQuery query() {
        return new LibraryQuery(q, school, level);
    }
}
