package ru.nastavnik.roadmap.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.shared.Role;

/**
 * The roadmap's view runs in a read-write transaction (its first view of a year starts the plan), so a plan loaded as
 * managed would be copied at load and compared at commit and before each native query of the view
 * (docs/perf-load.md).
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoadmapViewReadOnlyIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    RoadmapPlans plans;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EntityManager entities;

    @Test
    void viewingAStartedPlanLeavesThePlanAndItsActivitiesReadOnly() {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        PlanView started = plans.plan(curator, world.schoolA(), null).orElseThrow();

        transactions.executeWithoutResult(status -> {
            PlanView viewed = plans.plan(curator, world.schoolA(), null).orElseThrow();
            assertThat(viewed.id()).isEqualTo(started.id());
            Session session = entities.unwrap(Session.class);
            RoadmapPlan plan = session.find(RoadmapPlan.class, started.id());
            assertThat(session.isReadOnly(plan)).isTrue();
            assertThat(plan.activities())
                    .isNotEmpty()
                    .allSatisfy(a -> assertThat(session.isReadOnly(a)).isTrue());
        });
    }

    @Test
    void theFirstViewOfTheYearStillStartsAPlanThatCanBeEdited() {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());

        PlanView plan = plans.plan(curator, world.schoolA(), null).orElseThrow();
        PlanView.ActivityView first = plan.stages().get(0).activities().get(0);
        plans.edit(
                curator,
                new ActivityId(first.id()),
                new ActivityEdit("Изменено после просмотра", null, null),
                first.version());

        PlanView again = plans.plan(curator, world.schoolA(), null).orElseThrow();
        assertThat(again.id()).isEqualTo(plan.id());
        assertThat(again.year()).isEqualTo(SchoolYear.of(SchoolToday.date()));
        assertThat(again.stages().get(0).activities().get(0).content()).isEqualTo("Изменено после просмотра");
    }
}
