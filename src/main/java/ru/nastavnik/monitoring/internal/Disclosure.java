package ru.nastavnik.monitoring.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
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

    /** A figure of the table: a node's (0 the total, then the districts' totals, then the rows) under a line key. */
    record Cell(int node, String key) {}

    /**
     * The table as shown outside its schools. Each district is first decided alone, as its own table shows it; its
     * rows and total are then taken as they are, and only the area's own figures (its total, the rows directly under
     * it) are hidden further — so a district reads the same in its own table and in its region's by construction.
     */
    static Shown of(OrganisationId top, Map<String, Figure> total, List<IndicatorTable.Row> rows) {
        Map<OrganisationId, List<Integer>> districts = new LinkedHashMap<>();
        List<Integer> direct = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            OrganisationId area = rows.get(i).area();
            if (area == null || area.equals(top)) {
                direct.add(i);
            } else {
                districts.computeIfAbsent(area, a -> new ArrayList<>()).add(i);
            }
        }
        List<OrganisationId> districtIds = new ArrayList<>(districts.keySet());
        int first = 1 + districtIds.size();
        // the nodes: the total, each district's total, each row; what a district shows of itself, decided alone
        List<Map<String, Figure>> nodes = new ArrayList<>();
        List<Map<String, Figure>> decided = new ArrayList<>();
        nodes.add(total);
        decided.add(null);
        Map<Integer, Map<String, Figure>> alone = new HashMap<>();
        for (OrganisationId district : districtIds) {
            List<IndicatorTable.Row> own =
                    districts.get(district).stream().map(rows::get).toList();
            Map<String, Figure> sum =
                    Tally.sum(own.stream().map(IndicatorTable.Row::figures).toList());
            Shown shown = of(district, sum, own);
            nodes.add(sum);
            decided.add(shown.total());
            List<Integer> indexes = districts.get(district);
            for (int j = 0; j < indexes.size(); j++) {
                alone.put(indexes.get(j), shown.rows().get(j).figures());
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            nodes.add(rows.get(i).figures());
            decided.add(alone.get(i));
        }

        Map<Cell, Long> values = new HashMap<>();
        Set<Cell> few = new HashSet<>();
        Set<Cell> given = new HashSet<>();
        TreeSet<String> keys = new TreeSet<>();
        List<Map<String, Figure>> primary = new ArrayList<>();
        for (int n = 0; n < nodes.size(); n++) {
            Map<String, Figure> hidden =
                    decided.get(n) != null ? decided.get(n) : new LinkedHashMap<>(HiddenFew.hideFew(nodes.get(n)));
            primary.add(hidden);
            Set<String> present = new HashSet<>(nodes.get(n).keySet());
            present.addAll(hidden.keySet());
            for (String key : present) {
                if (summed(key)) {
                    Cell cell = new Cell(n, key);
                    keys.add(key);
                    values.put(cell, nodes.get(n).getOrDefault(key, Figure.ZERO).numerator());
                    Figure shown = hidden.getOrDefault(key, Figure.ZERO);
                    if (shown.few()) {
                        few.add(cell);
                    } else if (shown.hidden()) {
                        given.add(cell);
                    }
                }
            }
        }
        List<Integer> ownNodes = new ArrayList<>();
        ownNodes.add(0);
        direct.forEach(i -> ownNodes.add(first + i));
        List<Integer> districtNodes = new ArrayList<>();
        List<Suppression.Line<Cell>> lines = new ArrayList<>();
        List<Suppression.Line<Cell>> districtLines = new ArrayList<>();
        for (String key : keys) {
            List<Cell> parts = new ArrayList<>();
            for (int d = 0; d < districtIds.size(); d++) {
                parts.add(new Cell(1 + d, key));
                List<Cell> schools = districts.get(districtIds.get(d)).stream()
                        .map(i -> new Cell(first + i, key))
                        .toList();
                districtLines.add(new Suppression.Line<>(schools, new Cell(1 + d, key), Set.of()));
            }
            List<Cell> own = direct.stream().map(i -> new Cell(first + i, key)).toList();
            parts.addAll(own);
            lines.add(new Suppression.Line<>(parts, new Cell(0, key), Set.copyOf(own)));
        }
        for (int d = 0; d < districtIds.size(); d++) {
            districtNodes.add(1 + d);
            districts.get(districtIds.get(d)).forEach(i -> districtNodes.add(first + i));
        }
        lines.addAll(partLines(keys, ownNodes));
        districtLines.addAll(partLines(keys, districtNodes));

        Masking.Outcome<Cell> outcome = Masking.decide(
                values,
                few,
                given,
                cell -> decided.get(cell.node()) == null,
                lines,
                districtLines,
                TableFlows.of(keys, districtIds.size(), districts, direct, first));
        Set<Cell> withheld = outcome.withheld();
        Set<Cell> masked = outcome.masked();
        for (Cell cell : masked) {
            primary.get(cell.node()).put(cell.key(), Figure.FEW);
        }

        List<Map<String, Figure>> shown = new ArrayList<>();
        for (int n = 0; n < nodes.size(); n++) {
            if (decided.get(n) != null) {
                shown.add(decided.get(n));
                continue;
            }
            Map<String, Figure> figures = new LinkedHashMap<>(primary.get(n));
            for (String key : nodes.get(n).keySet()) {
                if (withheld.contains(new Cell(n, key))) {
                    figures.put(key, Figure.WITHHELD);
                }
            }
            HiddenFew.follow(figures);
            shown.add(figures);
        }
        hideMeansAtTheirBound(shown);
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

    /**
     * A mean or share of the whole at its bound — 0 days of waiting, 0 % or 100 % — says every figure below it is the
     * same, the hidden ones too (a school's one waiting mentee waited 0 days): then the whole's is hidden as well.
     */
    private static void hideMeansAtTheirBound(List<Map<String, Figure>> shown) {
        Map<String, Figure> top = shown.get(0);
        for (Map.Entry<String, Figure> e : top.entrySet()) {
            String key = e.getKey();
            Figure figure = e.getValue();
            if (key.contains(":") || figure.hidden() || figure.base() == 0) {
                continue;
            }
            Indicator indicator = Indicator.valueOf(key);
            boolean atBound = figure.numerator() == 0
                    || indicator.unit() == Indicator.Unit.PERCENT && figure.numerator() == figure.base();
            if (HiddenFew.countedOverPeople(indicator)
                    && atBound
                    && shown.stream()
                            .skip(1)
                            .anyMatch(n -> n.getOrDefault(key, Figure.ZERO).hidden())) {
                top.put(key, Figure.WITHHELD);
            }
        }
    }

    /** Within each of the nodes, the parts of an indicator into its whole. */
    private static List<Suppression.Line<Cell>> partLines(Set<String> keys, List<Integer> nodes) {
        List<Suppression.Line<Cell>> lines = new ArrayList<>();
        for (int n : nodes) {
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
        return lines;
    }

    private static boolean summed(String key) {
        return SUMMED.contains(Indicator.valueOf(key.split(":", 2)[0]));
    }
}
