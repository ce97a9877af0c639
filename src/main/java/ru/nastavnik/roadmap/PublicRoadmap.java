package ru.nastavnik.roadmap;

import java.time.LocalDate;
import java.util.List;
import ru.nastavnik.shared.OrganisationId;

/**
 * The current year's roadmap as the public sees it on the school's section (stage 7): each stage's activities,
 * deadlines and derived statuses — no responsible person, no comment, no evidence.
 */
public interface PublicRoadmap {

    record Stage(int number, String titleKey, List<Activity> activities) {

        public Stage {
            activities = List.copyOf(activities);
        }
    }

    record Activity(String content, LocalDate deadline, ActivityStatus status) {}

    /** Empty when the school has not started this year's plan. */
    List<Stage> current(OrganisationId organisation);
}
