package ru.nastavnik.roadmap.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.roadmap.Milestone;
import ru.nastavnik.roadmap.PublicRoadmap;
import ru.nastavnik.shared.OrganisationId;

/** {@link PublicRoadmap}: the plan's activities with their derived statuses, read-only. */
@Service
@Transactional(readOnly = true)
class PublicRoadmapQueries implements PublicRoadmap {

    private final RoadmapPlanRepository plans;
    private final MilestoneLog log;
    private final SchoolDates dates;

    PublicRoadmapQueries(RoadmapPlanRepository plans, MilestoneLog log, SchoolDates dates) {
        this.plans = plans;
        this.log = log;
        this.dates = dates;
    }

    @Override
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
