package ru.nastavnik.organisation;

import ru.nastavnik.shared.OrganisationId;

/** What other modules may know of an organisation. */
public record OrganisationSummary(OrganisationId id, OrganisationId parentId, OrganisationKind kind, String name,
        String shortName, String timeZone, Requisites requisites) {
}
