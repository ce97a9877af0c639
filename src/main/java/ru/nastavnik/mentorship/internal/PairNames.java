package ru.nastavnik.mentorship.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.people.StaffProfiles;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Names of the members of an organisation's pairs: its own staff, and the mentors of other schools who serve
 * there through the shared bank (the pair itself is the reason to show them). Apply them to members only.
 */
@Component
class PairNames {

    private final StaffManagement staff;
    private final StaffProfiles profiles;

    PairNames(StaffManagement staff, StaffProfiles profiles) {
        this.staff = staff;
        this.profiles = profiles;
    }

    /** The names of these people, read in one query (a list of pairs names a few of a large school's staff). */
    Function<PersonId, String> of(NastavnikPrincipal caller, OrganisationId organisation, Set<PersonId> people) {
        return withOthers(staff.currentAmong(caller, organisation, people));
    }

    /** A person not among them (a mentor of another school) is looked up when met. */
    private Function<PersonId, String> withOthers(Map<PersonId, StaffView> known) {
        Map<PersonId, String> names = new HashMap<>();
        known.forEach((id, view) -> names.put(id, view.data().fullName()));
        return person -> names.computeIfAbsent(
                person,
                p -> profiles.of(List.of(p)).values().stream()
                        .findFirst()
                        .map(v -> v.data().fullName())
                        .orElse("—"));
    }
}
