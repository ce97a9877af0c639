package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.roadmap.internal.ActivityEdit;
import ru.nastavnik.roadmap.internal.ActivityId;
import ru.nastavnik.roadmap.internal.PlanView;
import ru.nastavnik.roadmap.internal.PlanView.ActivityView;
import ru.nastavnik.roadmap.internal.RoadmapPlans;
import ru.nastavnik.roadmap.internal.SchoolYear;
import ru.nastavnik.shared.Role;

/**
 * An activity whose deadline has passed undone is overdue: highlighted on the roadmap page, counted on its stage and
 * first in «what to do next»; done or set by hand it is not.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OverdueActivitiesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RoadmapPlans plans;

    @Test
    void anActivityPastItsDeadlineIsOverdueHighlightedAndFirstInWhatToDoNext() throws Exception {
        LocalDate yesterday = SchoolToday.date().minusDays(1);
        SchoolYear year = SchoolYear.of(SchoolToday.date());
        Assumptions.assumeTrue(!yesterday.isBefore(year.start()), "the school year's first day has no past in it");
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        PlanView before = plans.plan(curator, world.schoolA(), null).orElseThrow();
        ActivityView support = before.stages().get(4).activities().get(2);
        assertThat(support.status()).isNotEqualTo(ActivityStatus.OVERDUE);
        plans.edit(
                curator,
                new ActivityId(support.id()),
                new ActivityEdit(support.content(), yesterday, null),
                support.version());

        PlanView plan = plans.plan(curator, world.schoolA(), null).orElseThrow();
        ActivityView overdue = plan.stages().get(4).activities().get(2);
        assertThat(overdue.status()).isEqualTo(ActivityStatus.OVERDUE);
        long stageOverdue = plan.stages().get(4).overdue();
        assertThat(stageOverdue).isEqualTo(before.stages().get(4).overdue() + 1);
        // overdue first, then by deadline
        assertThat(plan.next()).first().extracting(ActivityView::status).isEqualTo(ActivityStatus.OVERDUE);
        assertThat(plan.next().stream().dropWhile(a -> a.status() == ActivityStatus.OVERDUE))
                .noneMatch(a -> a.status() == ActivityStatus.OVERDUE);
        String page = mvc.perform(get("/roadmap").with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("просрочено: " + stageOverdue)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).containsPattern("<tr[^>]*id=\"activity-" + support.id() + "\"[^>]*table-danger");

        ActivityView done = plans.setStatus(
                curator,
                new ActivityId(support.id()),
                ActivityStatus.DONE,
                "Проведено, протокол у секретаря",
                overdue.version());
        assertThat(done.status()).isEqualTo(ActivityStatus.DONE);
        assertThat(plans.plan(curator, world.schoolA(), null).orElseThrow().next())
                .noneMatch(a -> a.id().equals(support.id()));
    }
}
