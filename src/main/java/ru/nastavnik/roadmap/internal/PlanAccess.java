package ru.nastavnik.roadmap.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.shared.ForbiddenException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A school's roadmap is kept by its director and curator; a municipality's or region's (its template) by its
 * methodologists. The methodologists above a school read its roadmap and may not change it; anyone else gets 404.
 */
@Component
class PlanAccess {

    private static final Role[] METHODOLOGISTS = {Role.MUNICIPAL_METHODOLOGIST, Role.REGIONAL_METHODOLOGIST};

    private final Organisations organisations;

    PlanAccess(Organisations organisations) {
        this.organisations = organisations;
    }

    boolean mayEdit(NastavnikPrincipal caller, OrganisationId organisation) {
        return mayEdit(caller, organisation, organisations.kindOf(organisation).orElse(null));
    }

    private static boolean mayEdit(NastavnikPrincipal caller, OrganisationId organisation, OrganisationKind kind) {
        if (kind == null) {
            return false;
        }
        return kind == OrganisationKind.ORGANISATION
                ? caller.hasAnyIn(organisation, Role.DIRECTOR, Role.CURATOR)
                : caller.hasAnyIn(organisation, METHODOLOGISTS);
    }

    boolean mayRead(NastavnikPrincipal caller, OrganisationId organisation) {
        return mayEdit(caller, organisation) || readsFromAbove(caller, organisation);
    }

    private boolean readsFromAbove(NastavnikPrincipal caller, OrganisationId organisation) {
        List<OrganisationId> lineage = organisations.lineage(organisation);
        return lineage.stream().skip(1).anyMatch(above -> caller.hasAnyIn(above, METHODOLOGISTS));
    }

    /**
     * What the caller may do with the organisation's plan, and whether it is a school's, from one look at the
     * organisation: the roadmap page asked for its kind three times a view.
     */
    Reader reader(NastavnikPrincipal caller, OrganisationId organisation) {
        OrganisationKind kind = organisations.kindOf(organisation).orElse(null);
        boolean editable = mayEdit(caller, organisation, kind);
        if (!editable && !readsFromAbove(caller, organisation)) {
            throw new NotFoundException();
        }
        return new Reader(editable, kind == OrganisationKind.ORGANISATION);
    }

    record Reader(boolean editable, boolean school) {}

    void checkRead(NastavnikPrincipal caller, OrganisationId organisation) {
        if (!mayRead(caller, organisation)) {
            throw new NotFoundException();
        }
    }

    void checkEdit(NastavnikPrincipal caller, OrganisationId organisation) {
        if (!mayEdit(caller, organisation)) {
            if (mayRead(caller, organisation)) {
                throw new ForbiddenException("read-only roadmap", "roadmap.readOnly");
            }
            throw new NotFoundException();
        }
    }

    boolean isSchool(OrganisationId organisation) {
        return organisations
                .kindOf(organisation)
                .filter(k -> k == OrganisationKind.ORGANISATION)
                .isPresent();
    }

    /** The municipality and region above, nearest first: where a school's first roadmap may come from. */
    List<OrganisationId> above(OrganisationId organisation) {
        return organisations.lineage(organisation).stream().skip(1).toList();
    }
}
