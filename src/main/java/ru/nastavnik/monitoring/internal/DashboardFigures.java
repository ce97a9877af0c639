package ru.nastavnik.monitoring.internal;

import java.util.ArrayList;
import java.util.Comparator;
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
 * municipality of three schools with two, two and one mentors shows 5, each school «< 3» — and, where a hidden
 * figure could be worked out from a shown total, more are hidden ({@link Disclosure}): three schools of one mentor
 * each hide the district's 3 too (3 over three hidden schools gives each 1).
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
        Map<String, Figure> nowTotal;
        Map<String, Figure> beforeTotal;
        List<Dashboard.Unit> children = List.of();
        if (inside) {
            nowTotal = now.total();
            beforeTotal = before.total();
        } else if (self.kind() != OrganisationKind.ORGANISATION) {
            Disclosure.Shown shown = Disclosure.of(organisation, now.total(), now.rows());
            nowTotal = shown.total();
            beforeTotal =
                    Disclosure.of(organisation, before.total(), before.rows()).total();
            children = children(tree, self, shown);
        } else if (self.parentId() != null) {
            // a school seen from outside: its row of its area's figures, hidden as the area's pages hide it
            HeadlineFigures.Area above = headlines.unchecked(self.parentId(), List.of(period, previous));
            nowTotal = school(self, above.tables().get(0));
            beforeTotal = school(self, above.tables().get(1));
        } else {
            nowTotal = Disclosure.of(organisation, now.total(), List.of()).total();
            beforeTotal = Disclosure.of(organisation, before.total(), List.of()).total();
        }
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
                children);
    }

    private static Map<String, Figure> school(OrganisationSummary school, HeadlineFigures.Table area) {
        return Disclosure.of(school.parentId(), area.total(), area.rows()).school(school.id());
    }

    /**
     * Each unit directly below the area (a district: its total; a school: its row), then the area's own row (the events
     * its bodies organised), so that the units add up to the area's total.
     */
    private static List<Dashboard.Unit> children(
            List<OrganisationSummary> tree, OrganisationSummary root, Disclosure.Shown shown) {
        List<Dashboard.Unit> units = new ArrayList<>(tree.stream()
                .filter(o -> root.id().equals(o.parentId()))
                .sorted(Comparator.comparing(OrganisationSummary::name, ru.nastavnik.shared.RussianOrder.NAMES))
                .map(o -> unit(
                        o,
                        o.kind() == OrganisationKind.ORGANISATION ? shown.school(o.id()) : shown.area(o.id()),
                        false))
                .toList());
        shown.rows().stream()
                .filter(r -> r.own() && r.organisation().equals(root.id()))
                .findFirst()
                .ifPresent(r -> units.add(unit(root, r.figures(), true)));
        return units;
    }

    private static Dashboard.Unit unit(OrganisationSummary o, Map<String, Figure> figures, boolean own) {
        return new Dashboard.Unit(
                o.id(),
                o.name(),
                o.kind(),
                HEADLINE.stream()
                        .map(i -> figures.getOrDefault(i.name(), Figure.ZERO))
                        .toList(),
                own);
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
}
