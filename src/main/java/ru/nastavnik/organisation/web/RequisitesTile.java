package ru.nastavnik.organisation.web;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.nastavnik.organisation.OrganisationManagement;
import ru.nastavnik.organisation.Requisites;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.HomeTile;
import ru.nastavnik.shared.web.HomeTiles;

/**
 * Asks those who keep an organisation's requisites — a school's director, a municipality's or region's own
 * methodologist — to fill its address and head while they are missing: the consents print them (a shared bank's
 * consent names the municipality and the region with their addresses), and so do orders and events' documents. The
 * walk of a fresh installation found «(адрес: ________)» printed for both, with nothing to say why.
 */
@Component
class RequisitesTile implements HomeTiles {

    private final OrganisationManagement organisations;

    RequisitesTile(OrganisationManagement organisations) {
        this.organisations = organisations;
    }

    @Override
    public List<HomeTile> tilesFor(NastavnikPrincipal me) {
        return me.grants().stream()
                .filter(g -> g.role() == Role.DIRECTOR
                        || g.role() == Role.MUNICIPAL_METHODOLOGIST
                        || g.role() == Role.REGIONAL_METHODOLOGIST)
                .map(g -> g.organisation())
                .filter(o -> o != null)
                .distinct()
                .map(organisations::find)
                .flatMap(java.util.Optional::stream)
                .filter(o -> organisations.mayEditRequisites(me, o) && missing(o.requisites()))
                .findFirst()
                .map(o -> List.of(HomeTile.of(
                        "tile-requisites",
                        14,
                        "organisation.requisites.missing.title",
                        "/organisation/organisations/" + o.id(),
                        "organisation.requisites.missing.text",
                        o.shortName())))
                .orElse(List.of());
    }

    private static boolean missing(Requisites requisites) {
        return requisites == null || requisites.address() == null || requisites.head() == null;
    }
}
