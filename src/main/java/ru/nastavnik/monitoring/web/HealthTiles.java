package ru.nastavnik.monitoring.web;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.nastavnik.monitoring.internal.HealthEscalations;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.HomeTile;
import ru.nastavnik.shared.web.HomeTiles;

/**
 * The curator's notice that pairs of her school got worse lately (shown until they recover or two weeks pass); the
 * methodologist's, that schools of her territory have pairs at risk past their escalation days.
 */
@Component
class HealthTiles implements HomeTiles {

    private final HealthEscalations escalations;

    HealthTiles(HealthEscalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public List<HomeTile> tilesFor(NastavnikPrincipal me) {
        List<HomeTile> shown = new java.util.ArrayList<>();
        me.grants().stream()
                .filter(g -> g.role() == Role.MUNICIPAL_METHODOLOGIST || g.role() == Role.REGIONAL_METHODOLOGIST)
                .map(g -> g.organisation())
                .distinct()
                .findFirst()
                .ifPresent(area -> {
                    int flagged = escalations.flagged(me, area).size();
                    if (flagged > 0) {
                        shown.add(HomeTile.of(
                                "tile-escalations",
                                10,
                                "monitoringHealth.escalations.title",
                                "/monitoring/escalations?organisation=" + area,
                                "monitoringHealth.tile.escalations",
                                flagged));
                    }
                });
        me.homeOrganisation().ifPresent(school -> {
            int worsened = escalations.worsenedLately(me, school);
            if (worsened > 0) {
                shown.add(HomeTile.of(
                        "tile-pair-health",
                        10,
                        "monitoringHealth.tile.title",
                        "/monitoring/pairs?organisation=" + school,
                        "monitoringHealth.tile.text",
                        worsened));
            }
        });
        return shown;
    }
}
