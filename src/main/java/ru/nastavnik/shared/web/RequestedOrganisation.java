package ru.nastavnik.shared.web;

import java.util.Optional;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The organisation a page is about: the one in the {@code organisation} parameter (the service then checks the
 * caller's right to it), else the caller's own. Nobody reaches a record through this alone.
 */
public final class RequestedOrganisation {

    private RequestedOrganisation() {}

    public static Optional<OrganisationId> find(NastavnikPrincipal me, String requested) {
        if (requested != null && !requested.isBlank()) {
            return Optional.of(OrganisationId.of(requested));
        }
        return me.homeOrganisation();
    }

    public static Optional<OrganisationId> find(NastavnikPrincipal me, OrganisationId requested) {
        return requested != null ? Optional.of(requested) : me.homeOrganisation();
    }

    public static OrganisationId get(NastavnikPrincipal me, OrganisationId requested) {
        return find(me, requested).orElseThrow(NotFoundException::new);
    }

    public static OrganisationId get(NastavnikPrincipal me, String requested) {
        return find(me, requested).orElseThrow(NotFoundException::new);
    }
}
