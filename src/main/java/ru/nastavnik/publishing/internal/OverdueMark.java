package ru.nastavnik.publishing.internal;

import java.util.List;
import ru.nastavnik.roadmap.ActivityStatus;
import ru.nastavnik.roadmap.PublicRoadmap;

/**
 * The public roadmap with or without the «Просрочено» mark: a school may not want to publish that it is late (the
 * section's setting, off by default). Hidden, an activity past its deadline reads as what it was before the deadline
 * passed — planned (the derived status; a status the curator set by hand is never overdue) — without the mark.
 */
final class OverdueMark {

    private OverdueMark() {}

    static List<PublicRoadmap.Stage> shown(List<PublicRoadmap.Stage> stages, boolean overdueShown) {
        if (overdueShown) {
            return stages;
        }
        return stages.stream()
                .map(stage -> new PublicRoadmap.Stage(
                        stage.number(),
                        stage.titleKey(),
                        stage.activities().stream()
                                .map(a -> a.status() == ActivityStatus.OVERDUE
                                        ? new PublicRoadmap.Activity(a.content(), a.deadline(), ActivityStatus.PLANNED)
                                        : a)
                                .toList()))
                .toList();
    }
}
