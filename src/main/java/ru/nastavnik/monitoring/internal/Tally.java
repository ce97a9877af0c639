package ru.nastavnik.monitoring.internal;

import java.util.HashMap;
import java.util.Map;
import ru.nastavnik.shared.OrganisationId;

/** The figures being gathered, by organisation and line key; a part's figure also adds to its indicator's whole. */
final class Tally {

    private final Map<OrganisationId, Map<String, Figure>> figures = new HashMap<>();

    void add(OrganisationId organisation, Indicator indicator, Figure figure) {
        put(organisation, indicator.name(), figure);
    }

    void add(OrganisationId organisation, Indicator indicator, String part, Figure figure) {
        put(organisation, indicator.name() + ":" + part, figure);
        put(organisation, indicator.name(), figure);
    }

    /** A figure carried beside the lines (never added to an indicator's whole), such as the people behind one. */
    void note(OrganisationId organisation, String key, Figure figure) {
        put(organisation, key, figure);
    }

    Map<String, Figure> of(OrganisationId organisation) {
        return figures.getOrDefault(organisation, Map.of());
    }

    static Map<String, Figure> sum(Iterable<Map<String, Figure>> all) {
        Map<String, Figure> sum = new HashMap<>();
        all.forEach(figures -> figures.forEach((key, figure) -> sum.merge(key, figure, Figure::plus)));
        return sum;
    }

    /**
     * A row per school, then a row per area body in the tree that organised anything (its own events; the root's
     * first), each knowing the area it adds to: a school its district (the root if it is directly under it), a body
     * itself.
     */
    java.util.List<IndicatorTable.Row> rows(
            OrganisationId root,
            java.util.List<ru.nastavnik.organisation.OrganisationSummary> tree,
            java.util.List<ru.nastavnik.organisation.OrganisationSummary> schools) {
        Map<OrganisationId, ru.nastavnik.organisation.OrganisationSummary> byId = new HashMap<>();
        tree.forEach(o -> byId.put(o.id(), o));
        java.util.List<IndicatorTable.Row> rows = new java.util.ArrayList<>();
        for (ru.nastavnik.organisation.OrganisationSummary school : schools) {
            ru.nastavnik.organisation.OrganisationSummary parent = byId.get(school.parentId());
            OrganisationId area = parent == null || school.id().equals(root) ? root : parent.id();
            rows.add(new IndicatorTable.Row(school.id(), school.name(), false, of(school.id()), area));
        }
        tree.stream()
                .filter(o -> o.kind() != ru.nastavnik.organisation.OrganisationKind.ORGANISATION)
                .filter(o -> !of(o.id()).isEmpty())
                .sorted(java.util.Comparator.comparing(
                                (ru.nastavnik.organisation.OrganisationSummary o) -> !o.id().equals(root))
                        .thenComparing(
                                ru.nastavnik.organisation.OrganisationSummary::name,
                                ru.nastavnik.shared.RussianOrder.NAMES))
                .forEach(o -> rows.add(new IndicatorTable.Row(o.id(), o.name(), true, of(o.id()), o.id())));
        return rows;
    }

    private void put(OrganisationId organisation, String key, Figure figure) {
        figures.computeIfAbsent(organisation, o -> new HashMap<>()).merge(key, figure, Figure::plus);
    }
}
