package ru.nastavnik.organisation;

import ru.nastavnik.shared.OrganisationId;

/** What other modules may know of an organisation; {@code version}: its version as read (an edit's If-Match). */
public record OrganisationSummary(
        OrganisationId id,
        OrganisationId parentId,
        OrganisationKind kind,
        String name,
        String shortName,
        String timeZone,
        Requisites requisites,
        long version) {

    /** An organisation not read from the database (document samples, tests). */
    public OrganisationSummary(
            OrganisationId id,
            OrganisationId parentId,
            OrganisationKind kind,
            String name,
            String shortName,
            String timeZone,
            Requisites requisites) {
        this(id, parentId, kind, name, shortName, timeZone, requisites, 0);
    }
}
