package ru.nastavnik.publishing.internal;

import java.util.Optional;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.RoleGrant;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The organisation a publishing page is about (as {@code shared.web.RequestedOrganisation} has it, and more): the
 * one asked for, else the caller's school, else the municipality or region she is a methodologist of — whose section,
 * news and channels she keeps (the menu's «Публикации» carries no parameter). The services check the caller's right
 * to it; nobody reaches a record through this alone.
 */
public final class KeptOrganisation {

    private KeptOrganisation() {}

    public static OrganisationId get(NastavnikPrincipal me, String requested) {
        return get(me, requested == null || requested.isBlank() ? null : OrganisationId.of(requested));
    }

    public static OrganisationId get(NastavnikPrincipal me, OrganisationId requested) {
        return Optional.ofNullable(requested)
                .or(me::homeOrganisation)
                .or(() -> area(me))
                .orElseThrow(NotFoundException::new);
    }

    private static Optional<OrganisationId> area(NastavnikPrincipal me) {
        return me.grants().stream()
                .filter(g -> g.role() == Role.MUNICIPAL_METHODOLOGIST || g.role() == Role.REGIONAL_METHODOLOGIST)
                .map(RoleGrant::organisation)
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }
}
