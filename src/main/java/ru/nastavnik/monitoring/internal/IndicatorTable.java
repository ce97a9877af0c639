package ru.nastavnik.monitoring.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import ru.nastavnik.shared.OrganisationId;

/**
 * An organisation's indicators over a period: the lines of the catalogue, the total, and for a municipality or a
 * region one row per school below it and a row per body of the area (the region's, a district's) that organised
 * anything — its own events — so that the rows add up to the total. Figures only — no person is named anywhere in it.
 */
public record IndicatorTable(
        OrganisationId organisation,
        String name,
        boolean area,
        IndicatorPeriod period,
        List<IndicatorLine> lines,
        Map<String, Figure> total,
        List<Row> rows) {

    /**
     * One school's figures by line key; {@code own}: an area body's own (its events), not a school's; {@code area}: the
     * area whose total the row adds to first (the school's district, or the body itself; null: the table's).
     */
    public record Row(
            OrganisationId organisation, String name, boolean own, Map<String, Figure> figures, OrganisationId area) {

        public Row(OrganisationId organisation, String name, boolean own, Map<String, Figure> figures) {
            this(organisation, name, own, figures, null);
        }

        public Figure figure(IndicatorLine line) {
            return figures.getOrDefault(line.key(), Figure.ZERO);
        }
    }

    public Figure total(IndicatorLine line) {
        return total.getOrDefault(line.key(), Figure.ZERO);
    }

    /** The rows by a line's value (none first), or by name when no such line; the area's own row always last. */
    public IndicatorTable sortedBy(String lineKey, boolean descending) {
        IndicatorLine line =
                lines.stream().filter(l -> l.key().equals(lineKey)).findFirst().orElse(null);
        Comparator<Row> order = line == null
                ? Comparator.comparing(Row::name, ru.nastavnik.shared.RussianOrder.NAMES)
                : Comparator.comparing(
                        (Row r) -> r.figure(line).value(line.indicator().unit()),
                        Comparator.nullsFirst(Comparator.naturalOrder()));
        Comparator<Row> directed = descending ? order.reversed() : order;
        List<Row> sorted = rows.stream()
                .sorted(Comparator.comparing(Row::own).thenComparing(directed))
                .toList();
        return new IndicatorTable(organisation, name, area, period, lines, total, sorted);
    }
}
