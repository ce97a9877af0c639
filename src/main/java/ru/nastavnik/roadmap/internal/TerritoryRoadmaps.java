package ru.nastavnik.roadmap.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.RussianOrder;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** A methodologist's view of the roadmaps of her territory's schools. */
@Service
@Transactional(readOnly = true)
public class TerritoryRoadmaps {

    private final Organisations organisations;
    private final PlanViews views;
    private final ProspectivePlans prospectivePlans;
    private final SchoolDates dates;

    TerritoryRoadmaps(
            Organisations organisations, PlanViews views, ProspectivePlans prospectivePlans, SchoolDates dates) {
        this.organisations = organisations;
        this.views = views;
        this.prospectivePlans = prospectivePlans;
        this.dates = dates;
    }

    /**
     * The schools of the territory and how far their roadmaps of the current year have come; a school no one has
     * opened the roadmap of is measured against the plan it will start from, by what it has done.
     */
    public List<SchoolProgress> schools(NastavnikPrincipal caller, OrganisationId area) {
        if (!caller.hasAnyIn(area, Role.MUNICIPAL_METHODOLOGIST, Role.REGIONAL_METHODOLOGIST)) {
            throw new NotFoundException();
        }
        List<OrganisationSummary> subtree = organisations.subtree(area);
        List<OrganisationSummary> schools = subtree.stream()
                .filter(o -> o.kind() == OrganisationKind.ORGANISATION)
                .toList();
        // the area's year for all its schools: one region is one zone but for a few border schools
        SchoolYear year = SchoolYear.of(dates.today(area));
        Map<OrganisationId, int[]> progress =
                views.progress(schools.stream().map(OrganisationSummary::id).collect(Collectors.toSet()), year);
        Map<OrganisationId, List<OrganisationId>> unplanned = above(area, subtree, schools, progress.keySet());
        Map<OrganisationId, int[]> prospective = unplanned.isEmpty()
                ? Map.of()
                : views.progress(prospectivePlans.of(unplanned, year, dates.today(unplanned.keySet())), year);
        return schools.stream()
                .map(s -> {
                    int[] c = progress.get(s.id());
                    int[] p = prospective.getOrDefault(s.id(), new int[3]);
                    String name = s.shortName() != null && !s.shortName().isBlank() ? s.shortName() : s.name();
                    return c == null
                            ? new SchoolProgress(s.id(), name, false, p[0], p[1], p[2])
                            : new SchoolProgress(s.id(), name, true, c[0], c[1], c[2]);
                })
                .sorted(Comparator.comparing(SchoolProgress::name, RussianOrder.NAMES))
                .toList();
    }

    /** The organisations above each school with no plan yet, nearest first, from the area's subtree read once. */
    private Map<OrganisationId, List<OrganisationId>> above(
            OrganisationId area,
            List<OrganisationSummary> subtree,
            List<OrganisationSummary> schools,
            Set<OrganisationId> planned) {
        Map<OrganisationId, OrganisationId> parents = new HashMap<>();
        subtree.forEach(o -> parents.put(o.id(), o.parentId()));
        List<OrganisationId> areaLineage = organisations.lineage(area);
        Map<OrganisationId, List<OrganisationId>> above = new HashMap<>();
        schools.stream()
                .map(OrganisationSummary::id)
                .filter(s -> !planned.contains(s))
                .forEach(school -> {
                    List<OrganisationId> lineage = new ArrayList<>();
                    OrganisationId next = parents.get(school);
                    while (next != null && !next.equals(area) && parents.containsKey(next)) {
                        lineage.add(next);
                        next = parents.get(next);
                    }
                    lineage.addAll(areaLineage);
                    above.put(school, lineage);
                });
        return above;
    }
}
