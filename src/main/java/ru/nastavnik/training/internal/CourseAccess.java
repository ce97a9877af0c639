package ru.nastavnik.training.internal;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffAccounts;
import ru.nastavnik.people.StaffProfiles;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Whose training record a caller may see and add to: her own (her account is linked to the staff record), or any
 * of her school's staff as its director or curator. Anyone else gets "not found", as for every other record.
 */
@Component
class CourseAccess {

    private final StaffAccounts accounts;
    private final StaffProfiles profiles;

    CourseAccess(StaffAccounts accounts, StaffProfiles profiles) {
        this.accounts = accounts;
        this.profiles = profiles;
    }

    static boolean manages(NastavnikPrincipal caller, OrganisationId organisation) {
        return caller.hasAnyIn(organisation, Role.DIRECTOR, Role.CURATOR);
    }

    static void checkManager(NastavnikPrincipal caller, OrganisationId organisation) {
        if (!manages(caller, organisation)) {
            throw new NotFoundException();
        }
    }

    Optional<PersonId> own(NastavnikPrincipal caller) {
        return accounts.ownId(caller);
    }

    /** The person's current staff record, if the caller may see her training; else not found. */
    StaffView person(NastavnikPrincipal caller, PersonId person) {
        Map<PersonId, StaffView> found = profiles.of(java.util.List.of(person));
        StaffView view = found.get(person);
        if (view == null
                || !(manages(caller, view.organisationId())
                        || own(caller).filter(person::equals).isPresent())) {
            throw new NotFoundException();
        }
        return view;
    }

    /** As {@link #person(NastavnikPrincipal, PersonId)}, for an address that names the organisation too. */
    StaffView person(NastavnikPrincipal caller, OrganisationId organisation, PersonId person) {
        StaffView view = person(caller, person);
        if (!view.organisationId().equals(organisation)) {
            throw new NotFoundException();
        }
        return view;
    }
}
