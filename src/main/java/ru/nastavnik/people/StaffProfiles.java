package ru.nastavnik.people;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff records by id for modules that have already established a legal basis to show them — the shared
 * mentor bank shows a mentor to other schools' methodologists only with that mentor's consent. Records whose
 * processing is restricted are never returned.
 */
@Service
@Transactional(readOnly = true)
public class StaffProfiles {

    private final PersonRepository people;

    StaffProfiles(PersonRepository people) {
        this.people = people;
    }

    public Map<PersonId, StaffView> of(Collection<PersonId> ids) {
        return people.findAllById(ids.stream().map(PersonId::value).toList()).stream()
                .filter(p -> !p.restricted() && !p.view().archived())
                .map(Person::view)
                .collect(Collectors.toMap(StaffView::id, Function.identity()));
    }
}
