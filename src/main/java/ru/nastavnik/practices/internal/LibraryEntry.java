package ru.nastavnik.practices.internal;

import ru.nastavnik.practices.PracticeId;
import ru.nastavnik.practices.PracticeLevel;
import ru.nastavnik.shared.OrganisationId;

/** A line of a municipal or regional library: no people, only the practice, its school and how far it went. */
public record LibraryEntry(
        PracticeId id,
        String title,
        OrganisationId school,
        String schoolName,
        PracticeLevel level,
        PracticeLevel pendingLevel,
        boolean distributionConsent) {}
