package ru.nastavnik.people.internal;

import org.springframework.stereotype.Component;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Who may keep an organisation's staff registry: its director and curator, and the system administrator
 * who sets schools up. Anyone else gets "not found", so that another school's records do not even show
 * that they exist.
 */
@Component
public class StaffAccess {

    private final Organisations organisations;

    StaffAccess(Organisations organisations) {
        this.organisations = organisations;
    }

    public boolean mayManage(NastavnikPrincipal caller, OrganisationId organisation) {
        return caller.isSystemAdmin() || caller.hasAnyIn(organisation, Role.DIRECTOR, Role.CURATOR);
    }

    /** After a consent withdrawal only the director and curator still see the person (the administrator does not). */
    public boolean maySeeRestricted(NastavnikPrincipal caller, OrganisationId organisation) {
        return caller.hasAnyIn(organisation, Role.DIRECTOR, Role.CURATOR);
    }

    /** Checks the caller's right and that the organisation exists and is a school (not a region). */
    public void check(NastavnikPrincipal caller, OrganisationId organisation) {
        if (!mayManage(caller, organisation)) {
            throw new NotFoundException();
        }
        organisations
                .kindOf(organisation)
                .filter(kind -> kind == OrganisationKind.ORGANISATION)
                .orElseThrow(NotFoundException::new);
    }
}
