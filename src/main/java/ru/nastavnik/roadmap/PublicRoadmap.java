package ru.nastavnik.roadmap;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.shared.OrganisationId;

/**
 * The current year's roadmap as the public sees it on the school's section (stage 7): each stage's activities,
 * deadlines and derived statuses — no responsible person, no comment, no evidence.
 */
@Service
@Transactional(readOnly = true)
public class PublicRoadmap {

    private final RoadmapPlanRepository plans;
    private final MilestoneLog log;
    private final SchoolDates dates;

    PublicRoadmap(RoadmapPlanRepository plans, MilestoneLog log, SchoolDates dates) {
        this.plans = plans;
        this.log = log;
        this.dates = dates;
    }

    public record Stage(int number, String titleKey, List<Activity> activities) {

        public Stage {
            activities = List.copyOf(activities);
        }
    }

    public record Activity(String content, LocalDate deadline, ActivityStatus status) {}

    /** Empty when the school has not started this year's plan. */
    public List<Stage> current(OrganisationId organisation) {
        LocalDate today = dates.today(organisation);
        SchoolYear year = SchoolYear.of(today);
        return plans.of(organisation.value(), year.startYear())
                .map(plan -> {
                    Map<Milestone, List<MilestoneLog.Reached>> reached =
                            log.reached(List.of(organisation), year).getOrDefault(organisation, Map.of());
                    List<Activity> activities = plan.activities().stream()
                            .map(a -> new Activity(
                                    a.content(),
                                    a.deadline(),
                                    a.status(a.milestone() != null && reached.containsKey(a.milestone()), today)))
                            .toList();
                    List<Integer> stageOf =
                            plan.activities().stream().map(PlanActivity::stage).toList();
                    return IntStream.rangeClosed(1, 7)
                            .mapToObj(n -> new Stage(
                                    n,
                                    "roadmap.stage" + n,
                                    IntStream.range(0, activities.size())
                                            .filter(i -> stageOf.get(i) == n)
                                            .mapToObj(activities::get)
                                            .toList()))
                            .filter(s -> !s.activities().isEmpty())
                            .toList();
                })
                .orElse(List.of());
    }
}
