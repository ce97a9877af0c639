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

    private void put(OrganisationId organisation, String key, Figure figure) {
        figures.computeIfAbsent(organisation, o -> new HashMap<>()).merge(key, figure, Figure::plus);
    }
}
