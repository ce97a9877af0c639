package ru.nastavnik.monitoring.internal;

import java.util.List;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.shared.OrganisationId;

/**
 * The dashboard of a school, a municipality or a region: the headline indicators this period beside the same period a
 * year before, and for an area the same indicators summed over each unit one level down (a region's municipalities,
 * a municipality's schools). Figures only; outside the school each is already subject to the small-number rule.
 *
 * @param inside the viewer is the school's director or curator (she may open the lists behind the figures)
 * @param path   the areas above the organisation that the viewer may open, top first
 */
public record Dashboard(
        OrganisationId organisation,
        String name,
        OrganisationKind kind,
        IndicatorPeriod period,
        IndicatorPeriod previous,
        boolean inside,
        List<Unit> path,
        List<Tile> tiles,
        List<Unit> children) {

    /** One headline indicator: its figure now and a year before. */
    public record Tile(IndicatorLine line, Figure now, Figure before) {}

    /**
     * An organisation one level down (or above, on the path) and its headline figures in the order of the tiles;
     * {@code own}: the area's own row (the events its bodies organised), not a unit below it.
     */
    public record Unit(
            OrganisationId organisation, String name, OrganisationKind kind, List<Figure> figures, boolean own) {

        public Unit(OrganisationId organisation, String name, OrganisationKind kind, List<Figure> figures) {
            this(organisation, name, kind, figures, false);
        }
    }

    public boolean area() {
        return kind != OrganisationKind.ORGANISATION;
    }
}
