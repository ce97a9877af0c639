package ru.nastavnik.practices.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The library of a municipality or region (методическая копилка): the accepted practices of every school below it,
 * searched in Russian and filtered by school and level — for its methodologist; never a school outside the area.
 */
@Service
@Transactional(readOnly = true)
public class PracticeLibrary {

    private final PracticeAccess access;
    private final PracticeFinder finder;

    PracticeLibrary(PracticeAccess access, PracticeFinder finder) {
        this.access = access;
        this.finder = finder;
    }

    /** The schools of the area by name, for the filter. */
    public Map<OrganisationId, String> schools(NastavnikPrincipal caller, OrganisationId area) {
        access.checkArea(caller, area);
        return access.schoolsOf(area).stream()
                .collect(Collectors.toMap(
                        OrganisationSummary::id, PracticeAccess::name, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    public List<LibraryEntry> search(NastavnikPrincipal caller, OrganisationId area, LibraryQuery query) {
        access.checkArea(caller, area);
        Map<UUID, OrganisationSummary> schools =
                access.schoolsOf(area).stream().collect(Collectors.toMap(o -> o.id().value(), Function.identity()));
        if (query.school() != null && !schools.containsKey(query.school().value())) {
            throw InvalidInputException.of("school", "practice.library.school.outside");
        }
        return finder.search(schools.keySet(), query).stream()
                .map(r -> new LibraryEntry(
                        r.id(),
                        r.title(),
                        r.school(),
                        PracticeAccess.name(schools.get(r.school().value())),
                        r.level(),
                        r.pendingLevel(),
                        r.consent()))
                .toList();
    }
}
