package ru.nastavnik.roadmap.web;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.nastavnik.roadmap.ActivityStatus;
import ru.nastavnik.roadmap.internal.PlanView;
import ru.nastavnik.roadmap.internal.RoadmapPlans;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;
import ru.nastavnik.shared.web.HomeTile;
import ru.nastavnik.shared.web.HomeTiles;

/**
 * A director or curator starts from the roadmap: what to do next, overdue first. A methodologist starts from her
 * schools' roadmaps.
 */
@Component
class RoadmapTile implements HomeTiles {

    private final RoadmapPlans plans;

    RoadmapTile(RoadmapPlans plans) {
        this.plans = plans;
    }

    @Override
    public List<HomeTile> tilesFor(NastavnikPrincipal me) {
        if (me.isManager()) {
            List<HomeTile.Line> next = me.grants().stream()
                    .filter(g -> g.role() == Role.DIRECTOR || g.role() == Role.CURATOR)
                    .findFirst()
                    .flatMap(g -> plans.plan(me, g.organisation(), null))
                    .map(RoadmapTile::lines)
                    .orElse(List.of());
            return List.of(new HomeTile(
                    "tile-roadmap",
                    10,
                    "home.roadmap.title",
                    "/roadmap",
                    next.isEmpty() ? "home.roadmap.text" : "home.roadmap.next",
                    List.of(),
                    next));
        }
        if (me.isMethodologist()) {
            return List.of(HomeTile.of(
                    "tile-roadmaps", 10, "nav.roadmaps", "/roadmap/schools", "home.roadmap.methodologist.text"));
        }
        return List.of();
    }

    private static List<HomeTile.Line> lines(PlanView plan) {
        return plan.next().stream()
                .map(a -> new HomeTile.Line(
                        a.content(),
                        "/roadmap/activities/" + a.id(),
                        a.deadline() == null
                                ? null
                                : a.status() == ActivityStatus.OVERDUE ? "home.roadmap.overdue" : "home.roadmap.due",
                        a.deadline() == null ? List.of() : List.of(Dates.DATE.format(a.deadline()))))
                .toList();
    }
}
