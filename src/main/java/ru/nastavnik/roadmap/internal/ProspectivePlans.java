package ru.nastavnik.roadmap.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.SchoolTerm;

/**
 * The plan a school would get on its first view of the year, for the methodologists above it. A school does its
 * work — orders, banks, pairs — whether or not anyone there has opened the roadmap page, and the milestones it
 * reaches are logged all the same: its roadmap was read «не начата» until its curator happened to look. Not stored:
 * the school's own first view makes the plan, from the same sources ({@link RoadmapPlan#start}).
 */
@Component
class ProspectivePlans {

    private final RoadmapPlanRepository plans;
    private final DefaultRoadmap defaults;
    private final SchoolTerm term;

    ProspectivePlans(RoadmapPlanRepository plans, DefaultRoadmap defaults, SchoolTerm term) {
        this.plans = plans;
        this.defaults = defaults;
        this.term = term;
    }

    /**
     * The schools' plans of {@code year}, by school. {@code above}: each school's organisations above it, nearest
     * first (where a template is looked for); {@code today}: each school's today (the defaults' deadlines of a plan
     * started late in the year). Two queries, however many schools.
     */
    Map<OrganisationId, RoadmapPlan> of(
            Map<OrganisationId, List<OrganisationId>> above, SchoolYear year, Map<OrganisationId, LocalDate> today) {
        if (above.isEmpty()) {
            return Map.of();
        }
        Map<OrganisationId, RoadmapPlan> last = latest(plans.earlierOf(
                above.keySet().stream().map(OrganisationId::value).toList(), year.startYear()));
        Set<UUID> areas = above.values().stream()
                .flatMap(Collection::stream)
                .map(OrganisationId::value)
                .collect(Collectors.toSet());
        // newest first, so that the first of an area is its latest template
        List<RoadmapPlan> templates = areas.isEmpty() ? List.of() : plans.templatesOf(areas);
        Map<OrganisationId, RoadmapPlan> result = new HashMap<>();
        above.forEach((school, lineage) -> {
            RoadmapPlan plan = new RoadmapPlan(school, year);
            Optional<RoadmapPlan> previous = Optional.ofNullable(last.get(school));
            Optional<RoadmapPlan> template = previous.isPresent()
                    ? Optional.empty()
                    : lineage.stream()
                            .flatMap(area ->
                                    templates.stream()
                                            .filter(t -> t.organisation().equals(area))
                                            .findFirst()
                                            .stream())
                            .findFirst();
            plan.start(previous, template, defaults.items(), today.get(school), term);
            result.put(school, plan);
        });
        return result;
    }

    private static Map<OrganisationId, RoadmapPlan> latest(List<RoadmapPlan> earlier) {
        return earlier.stream()
                .collect(Collectors.toMap(
                        RoadmapPlan::organisation,
                        p -> p,
                        (a, b) -> Comparator.comparingInt((RoadmapPlan p) ->
                                                        p.year().startYear())
                                                .compare(a, b)
                                        >= 0
                                ? a
                                : b));
    }
}
