package ru.nastavnik.publishing.channels;

import org.springframework.stereotype.Component;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The same keepers as the public section's: the school's director or curator, an area's own methodologist; else 404. */
@Component
class ChannelAccess {

    void check(NastavnikPrincipal caller, OrganisationId organisation) {
        if (!caller.hasAnyIn(
                organisation, Role.DIRECTOR, Role.CURATOR, Role.MUNICIPAL_METHODOLOGIST, Role.REGIONAL_METHODOLOGIST)) {
            throw new NotFoundException();
        }
    }
}
