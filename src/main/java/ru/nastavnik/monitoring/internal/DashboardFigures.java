package ru.nastavnik.monitoring.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Builds a {@link Dashboard} from the headline figures of the period and of the same period a year before. A unit one
 * level down is the sum of its schools' numerators and bases; the small-number rule is applied to the sums, so a
 * municipality of three schools with one young mentee each shows 3, not three times «< 3».
 */
@Service
@Transactional(readOnly = true)
public class DashboardFigures {

    /** The indicators a dashboard charts, in this order. */
    public static final List<Indicator> HEADLINE = List.of(
            Indicator.YOUNG_WITH_MENTOR,
            Indicator.STAFF_INVOLVED,
            Indicator.MENTORS,
            Indicator.PAIRS,
            Indicator.GROUPS,
            Indicator.MENTEES_WAITING,
            Indicator.PROGRAMMES_APPROVED,
            Indicator.EVENTS_HELD,
            Indicator.MENTORS_TRAINED,
            Indicator.PRACTICES);

    private final HeadlineFigures headlines;
    private final Organisations organisations;

    DashboardFigures(HeadlineFigures headlines, Organisations organisations) {
        this.headlines = headlines;
        this.organisations = organisations;
    }

    public Dashboard of(NastavnikPrincipal caller, OrganisationId organisation, IndicatorPeriod period) {
        IndicatorPeriod previous =
                new IndicatorPeriod(period.from().minusYears(1), period.to().minusYears(1));
        HeadlineFigures.Area area = headlines.of(caller, organisation, List.of(period, previous));
        HeadlineFigures.Table now = area.tables().get(0);
        HeadlineFigures.Table before = area.tables().get(1);
        List<OrganisationSummary> tree = area.tree();
        OrganisationSummary self = tree.stream()
                .filter(o -> o.id().equals(organisation))
                .findFirst()
                .orElseThrow();
        boolean inside = self.kind() == OrganisationKind.ORGANISATION
                && caller.hasAnyIn(organisation, Role.DIRECTOR, Role.CURATOR);
        Map<String, Figure> nowTotal = shown(now.total(), inside);
        Map<String, Figure> beforeTotal = shown(before.total(), inside);
        List<Dashboard.Tile> tiles = HEADLINE.stream()
                .map(IndicatorLine::whole)
                .map(line -> new Dashboard.Tile(
                        line,
                        nowTotal.getOrDefault(line.key(), Figure.ZERO),
                        beforeTotal.getOrDefault(line.key(), Figure.ZERO)))
                .toList();
        return new Dashboard(
                organisation,
                self.name(),
                self.kind(),
                period,
                previous,
                inside,
                path(caller, organisation),
                tiles,
                children(tree, organisation, now, inside));
    }

    /** Sums each school's row into the unit directly below the organisation that holds it. */
    private static List<Dashboard.Unit> children(
            List<OrganisationSummary> tree, OrganisationId root, HeadlineFigures.Table now, boolean inside) {
        Map<OrganisationId, OrganisationSummary> byId = new HashMap<>();
        tree.forEach(o -> byId.put(o.id(), o));
        Map<OrganisationId, List<Map<String, Figure>>> parts = new HashMap<>();
        for (IndicatorTable.Row row : now.rows()) {
            OrganisationSummary unit = row.own() ? null : byId.get(row.organisation());
            while (unit != null && !root.equals(unit.parentId())) {
                unit = byId.get(unit.parentId());
            }
            if (unit != null) {
                parts.computeIfAbsent(unit.id(), u -> new ArrayList<>()).add(row.figures());
            }
        }
        return tree.stream()
                .filter(o -> root.equals(o.parentId()))
                .sorted(Comparator.comparing(OrganisationSummary::name, ru.nastavnik.shared.RussianOrder.NAMES))
                .map(o -> {
                    Map<String, Figure> sum = shown(Tally.sum(parts.getOrDefault(o.id(), List.of())), inside);
                    return new Dashboard.Unit(
                            o.id(),
                            o.name(),
                            o.kind(),
                            HEADLINE.stream()
                                    .map(i -> sum.getOrDefault(i.name(), Figure.ZERO))
                                    .toList());
                })
                .toList();
    }

    /** The areas above that the viewer may open too (a regional methodologist: the municipality and the region). */
    private List<Dashboard.Unit> path(NastavnikPrincipal caller, OrganisationId organisation) {
        List<OrganisationId> lineage = organisations.lineage(organisation);
        List<Dashboard.Unit> path = new ArrayList<>();
        for (OrganisationId above : lineage) {
            if (above.equals(organisation)) {
                continue;
            }
            boolean visible = organisations.lineage(above).stream()
                    .anyMatch(a ->
                            caller.has(Role.MUNICIPAL_METHODOLOGIST, a) || caller.has(Role.REGIONAL_METHODOLOGIST, a));
            if (visible) {
                organisations
                        .find(above)
                        .ifPresent(o -> path.add(new Dashboard.Unit(o.id(), o.name(), o.kind(), List.of())));
            }
        }
        java.util.Collections.reverse(path);
        return path;
    }

    private static Map<String, Figure> shown(Map<String, Figure> figures, boolean inside) {
        return inside ? figures : HiddenFew.hideFew(figures);
    }
}
