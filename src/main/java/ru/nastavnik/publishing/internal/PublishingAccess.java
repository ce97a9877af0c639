package ru.nastavnik.publishing.internal;

import org.springframework.stereotype.Component;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Who keeps an organisation's public section: a school's director or curator; a municipality's or region's own
 * methodologist. Anyone else learns nothing — not even that the organisation exists (404).
 */
@Component
class PublishingAccess {

    void check(NastavnikPrincipal caller, OrganisationId organisation) {
        if (!caller.hasAnyIn(
                organisation, Role.DIRECTOR, Role.CURATOR, Role.MUNICIPAL_METHODOLOGIST, Role.REGIONAL_METHODOLOGIST)) {
            throw new NotFoundException();
        }
    }
}
