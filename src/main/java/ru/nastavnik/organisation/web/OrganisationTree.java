package ru.nastavnik.organisation.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.RussianOrder;

/**
 * The organisations she sees as a tree: a region, then each of its municipalities followed by its schools, each level
 * by name (the list was ordered by the kind's spelling: municipalities first, the region last).
 */
final class OrganisationTree {

    /** One line of the list: the organisation and how deep it sits under the first one shown above it. */
    record Line(OrganisationSummary organisation, int depth) {

        /** Bootstrap's start padding for the depth: 0, 3, 5. */
        public String indent() {
            return "ps-" + Math.min(depth * 3, 5);
        }
    }

    private OrganisationTree() {}

    static List<Line> of(List<OrganisationSummary> organisations) {
        Set<OrganisationId> shown = new HashSet<>();
        organisations.forEach(o -> shown.add(o.id()));
        Map<OrganisationId, List<OrganisationSummary>> children = new HashMap<>();
        List<OrganisationSummary> roots = new ArrayList<>();
        for (OrganisationSummary o : organisations) {
            if (o.parentId() != null && shown.contains(o.parentId())) {
                children.computeIfAbsent(o.parentId(), p -> new ArrayList<>()).add(o);
            } else {
                roots.add(o);
            }
        }
        List<Line> lines = new ArrayList<>();
        add(roots, children, 0, lines);
        return lines;
    }

    private static void add(
            List<OrganisationSummary> level,
            Map<OrganisationId, List<OrganisationSummary>> children,
            int depth,
            List<Line> lines) {
        List<OrganisationSummary> sorted = new ArrayList<>(level);
        sorted.sort(Comparator.comparing((OrganisationSummary o) -> o.kind().ordinal())
                .thenComparing(OrganisationSummary::name, RussianOrder.NAMES));
        for (OrganisationSummary o : sorted) {
            lines.add(new Line(o, depth));
            add(children.getOrDefault(o.id(), List.of()), children, depth + 1, lines);
        }
    }
}
