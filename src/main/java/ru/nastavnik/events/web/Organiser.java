package ru.nastavnik.events.web;

import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.RequestedOrganisation;

/** The organisation a page is about: the requested one, else the user's school, else a methodologist's area. */
final class Organiser {

    private Organiser() {}

    static OrganisationId of(NastavnikPrincipal me, OrganisationId requested) {
        return RequestedOrganisation.find(me, requested)
                .or(() -> me.grants().stream()
                        .filter(g ->
                                g.role() == Role.MUNICIPAL_METHODOLOGIST || g.role() == Role.REGIONAL_METHODOLOGIST)
                        .map(g -> g.organisation())
                        .findFirst())
                .orElseThrow(NotFoundException::new);
    }
}
