package ru.nastavnik.people.web;

import java.util.Optional;
import org.springframework.stereotype.Component;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Which organisation's registry a page shows: the one asked for (the service then checks the caller's right
 * to it), else the user's own; a system administrator with no organisation must pick one.
 */
@Component
class CurrentOrganisation {

    private final Organisations organisations;

    CurrentOrganisation(Organisations organisations) {
        this.organisations = organisations;
    }

    Optional<OrganisationId> resolve(NastavnikPrincipal me, OrganisationId requested) {
        return ru.nastavnik.shared.web.RequestedOrganisation.find(me, requested);
    }

    String name(OrganisationId id) {
        return organisations.find(id).map(OrganisationSummary::name).orElse("");
    }
}
