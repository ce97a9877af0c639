package ru.nastavnik.people.internal;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffProfiles;
import ru.nastavnik.people.StaffView;

/**
 * Staff records by id for modules that have already established a legal basis to show them — the shared
 * mentor bank shows a mentor to other schools' methodologists only with that mentor's consent. Records whose
 * processing is restricted are never returned.
 */
@Service
@Transactional(readOnly = true)
class ProfileReads implements StaffProfiles {

    private final PersonRepository people;

    ProfileReads(PersonRepository people) {
        this.people = people;
    }

    /**
     * Up to {@code limit} current people of {@code organisations} whose full name contains {@code text} (at least two
     * letters), by name: the caller has checked that she may see these organisations' staff (an event's organiser
     * inviting by name) and audits what she shows.
     */
    public java.util.List<StaffView> findByName(
            Collection<ru.nastavnik.shared.OrganisationId> organisations, String text, int limit) {
        String wanted = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (wanted.length() < 2 || organisations.isEmpty()) {
            return java.util.List.of();
        }
        String pattern = "%" + wanted.replace("\\", "").replace("%", "").replace("_", "") + "%";
        return people
                .findByName(
                        organisations.stream()
                                .map(ru.nastavnik.shared.OrganisationId::value)
                                .toList(),
                        pattern,
                        org.springframework.data.domain.PageRequest.of(0, limit))
                .stream()
                .map(Person::view)
                .toList();
    }

    public Map<PersonId, StaffView> of(Collection<PersonId> ids) {
        return people.findAllById(ids.stream().map(PersonId::value).toList()).stream()
                .filter(p -> !p.restricted() && !p.view().archived())
                .map(Person::view)
                .collect(Collectors.toMap(StaffView::id, Function.identity()));
    }
}
