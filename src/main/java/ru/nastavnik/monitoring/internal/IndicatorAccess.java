package ru.nastavnik.monitoring.internal;

import org.springframework.stereotype.Component;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Who reads an organisation's indicators: a school's director and curator their own school; a municipal or regional
 * methodologist her area and everything below it. Anything else does not exist (404).
 */
@Component
class IndicatorAccess {

    private final Organisations organisations;

    IndicatorAccess(Organisations organisations) {
        this.organisations = organisations;
    }

    void check(NastavnikPrincipal caller, OrganisationId organisation) {
        OrganisationKind kind = organisations.kindOf(organisation).orElseThrow(NotFoundException::new);
        if (kind == OrganisationKind.ORGANISATION && caller.hasAnyIn(organisation, Role.DIRECTOR, Role.CURATOR)) {
            return;
        }
        boolean above = organisations.lineage(organisation).stream()
                .anyMatch(
                        a -> caller.has(Role.MUNICIPAL_METHODOLOGIST, a) || caller.has(Role.REGIONAL_METHODOLOGIST, a));
        if (!above) {
            throw new NotFoundException();
        }
    }
}
