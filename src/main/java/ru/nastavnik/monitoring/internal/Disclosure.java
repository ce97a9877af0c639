package ru.nastavnik.monitoring.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import ru.nastavnik.shared.OrganisationId;

/**
 * An area's figures as someone outside its schools sees them: the small-number rule ({@link HiddenFew}) and then
 * secondary suppression ({@link Suppression}) over every sum a reader can take — a column of the table (the schools
 * and the area's own row of a district into the district's total; the districts' totals, the region's own row and
 * the schools directly under it into the region's), and within each row, total and district the parts of an
 * indicator into its whole. A district's lines are the same lines in the same order whether its own table or its
 * region's is asked for, so both hide the same figures of it; a school seen alone is its row of its area's table.
 */
final class Disclosure {

    /** The counts of people that add up (a ratio or a mean does not: it is judged by {@link HiddenFew} alone). */
    static final Set<Indicator> SUMMED = HiddenFew.PEOPLE.stream()
            .filter(i -> i.unit() == Indicator.Unit.COUNT)
            .collect(java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(Indicator.class)));

    private Disclosure() {}

    /**
     * The figures shown: the total, each district's total (the rows whose {@link IndicatorTable.Row#area()} is not
     * {@code top}), and the rows in their order.
     */
    record Shown(
            Map<String, Figure> total, Map<OrganisationId, Map<String, Figure>> areas, List<IndicatorTable.Row> rows) {

        /** A school's row; none: no figures. */
        Map<String, Figure> school(OrganisationId school) {
            return rows.stream()
                    .filter(r -> !r.own() && r.organisation().equals(school))
                    .map(IndicatorTable.Row::figures)
                    .findFirst()
                    .orElse(Map.of());
        }

        /** A district's total; none: no schools and nothing organised. */
        Map<String, Figure> area(OrganisationId area) {
            return areas.getOrDefault(area, Map.of());
        }
    }

    private record Cell(int node, String key) {}

    static Shown of(OrganisationId top, Map<String, Figure> total, List<IndicatorTable.Row> rows) {
        // the nodes: the total, each district's total, each row
        List<Map<String, Figure>> nodes = new ArrayList<>();
        nodes.add(total);
        Map<OrganisationId, List<Integer>> districts = new LinkedHashMap<>();
        List<Integer> direct = new ArrayList<>();
        int first = 1
                + (int) rows.stream()
                        .map(IndicatorTable.Row::area)
                        .filter(a -> a != null && !a.equals(top))
                        .distinct()
                        .count();
        for (int i = 0; i < rows.size(); i++) {
            OrganisationId area = rows.get(i).area();
            if (area == null || area.equals(top)) {
                direct.add(first + i);
            } else {
                districts.computeIfAbsent(area, a -> new ArrayList<>()).add(first + i);
            }
        }
        List<OrganisationId> districtIds = new ArrayList<>(districts.keySet());
        for (OrganisationId district : districtIds) {
            nodes.add(Tally.sum(districts.get(district).stream()
                    .map(n -> rows.get(n - first).figures())
                    .toList()));
        }
        rows.forEach(r -> nodes.add(r.figures()));

        Map<Cell, Long> values = new HashMap<>();
        java.util.Set<Cell> few = new java.util.HashSet<>();
        TreeSet<String> keys = new TreeSet<>();
        List<Map<String, Figure>> primary = new ArrayList<>();
        for (int n = 0; n < nodes.size(); n++) {
            Map<String, Figure> hidden = HiddenFew.hideFew(nodes.get(n));
            primary.add(hidden);
            for (Map.Entry<String, Figure> e : nodes.get(n).entrySet()) {
                if (summed(e.getKey())) {
                    keys.add(e.getKey());
                    values.put(new Cell(n, e.getKey()), e.getValue().numerator());
                    if (hidden.get(e.getKey()).hidden()) {
                        few.add(new Cell(n, e.getKey()));
                    }
                }
            }
        }
        List<Suppression.Line<Cell>> lines = new ArrayList<>();
        for (String key : keys) {
            List<Cell> totals = new ArrayList<>();
            for (int d = 0; d < districtIds.size(); d++) {
                List<Cell> parts = districts.get(districtIds.get(d)).stream()
                        .map(n -> new Cell(n, key))
                        .toList();
                lines.add(new Suppression.Line<>(parts, new Cell(1 + d, key), Set.copyOf(parts)));
                totals.add(new Cell(1 + d, key));
            }
            List<Cell> own = direct.stream().map(n -> new Cell(n, key)).toList();
            List<Cell> parts = new ArrayList<>(totals);
            parts.addAll(own);
            lines.add(new Suppression.Line<>(parts, new Cell(0, key), Set.copyOf(own)));
        }
        for (int i = 0; i < nodes.size(); i++) {
            int n = i;
            for (Indicator indicator : SUMMED) {
                String prefix = indicator.name() + ":";
                List<Cell> parts = keys.stream()
                        .filter(k -> k.startsWith(prefix))
                        .map(k -> new Cell(n, k))
                        .toList();
                if (!parts.isEmpty()) {
                    lines.add(new Suppression.Line<>(parts, new Cell(n, indicator.name()), Set.copyOf(parts)));
                }
            }
        }
        Set<Cell> withheld = Suppression.withheld(values, few, lines);

        List<Map<String, Figure>> shown = new ArrayList<>();
        for (int n = 0; n < nodes.size(); n++) {
            Map<String, Figure> figures = new LinkedHashMap<>(primary.get(n));
            for (String key : nodes.get(n).keySet()) {
                if (withheld.contains(new Cell(n, key))) {
                    figures.put(key, Figure.WITHHELD);
                }
            }
            HiddenFew.follow(figures);
            shown.add(figures);
        }
        Map<OrganisationId, Map<String, Figure>> areas = new LinkedHashMap<>();
        for (int d = 0; d < districtIds.size(); d++) {
            areas.put(districtIds.get(d), shown.get(1 + d));
        }
        List<IndicatorTable.Row> shownRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            IndicatorTable.Row r = rows.get(i);
            shownRows.add(new IndicatorTable.Row(r.organisation(), r.name(), r.own(), shown.get(first + i), r.area()));
        }
        return new Shown(shown.get(0), areas, shownRows);
    }

    private static boolean summed(String key) {
        return SUMMED.contains(Indicator.valueOf(key.split(":", 2)[0]));
    }
}
