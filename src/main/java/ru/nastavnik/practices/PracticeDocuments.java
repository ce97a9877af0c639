package ru.nastavnik.practices;

import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The practice as the contest's DOCX, from the school's template: for whoever reads the practice. */
public interface PracticeDocuments {

    /** As read in the first of the caller's organisations that holds the practice (the card's download). */
    PracticeFile contestEntry(NastavnikPrincipal caller, PracticeId id);

    /** As read in the library of {@code readIn}; a practice the caller does not read there does not exist (404). */
    PracticeFile contestEntry(NastavnikPrincipal caller, OrganisationId readIn, PracticeId id);
}
