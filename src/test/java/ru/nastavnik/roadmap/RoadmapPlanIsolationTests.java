package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.CrossTenant;
import ru.nastavnik.Fixtures;
import ru.nastavnik.roadmap.internal.PlanView;
import ru.nastavnik.roadmap.internal.RoadmapPlans;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * School B's roadmap plan and its district's plan: school A's curator adds no activity to B's plan, resets no
 * status of it, publishes no template (404); a methodologist of another district neither publishes this district's
 * plan as a template nor lists its schools' progress (404). B's plan keeps its activities and statuses.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoadmapPlanIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RoadmapPlans plans;

    @Test
    void anotherSchoolsPlanAndAnotherDistrictsTemplateAreNotFound() throws Exception {
        var world = fixtures.world();
        NastavnikPrincipal curatorOfB = fixtures.user(Role.CURATOR, world.schoolB());
        NastavnikPrincipal curatorOfA = fixtures.user(Role.CURATOR, world.schoolA());
        NastavnikPrincipal otherDistrict =
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, fixtures.world().municipality());
        PlanView before = plans.plan(curatorOfB, world.schoolB(), null).orElseThrow();
        PlanView.ActivityView activity = before.stages().get(0).activities().get(0);
        String b = "/api/v1/organisations/" + world.schoolB() + "/roadmap";
        String a = "/api/v1/organisations/" + world.schoolA() + "/roadmap";
        String district = world.municipality().toString();
        CrossTenant.refused(
                mvc,
                curatorOfA,
                404,
                List.of(
                        post(b + "/activities")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"stage\":1,\"content\":\"Чужое\"}"),
                        delete(b + "/activities/" + activity.id() + "/status"),
                        delete(a + "/activities/" + activity.id() + "/status"),
                        get(b + "/activities/" + activity.id()),
                        get(a + "/activities/" + activity.id()),
                        put(b + "/template")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"published\":true}"),
                        post("/roadmap/template")
                                .param("organisation", world.schoolB().toString())
                                .param("published", "true")
                                .with(csrf())));
        CrossTenant.refused(
                mvc,
                otherDistrict,
                404,
                List.of(
                        put("/api/v1/organisations/" + district + "/roadmap/template")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"published\":true}"),
                        post("/roadmap/template")
                                .param("organisation", district)
                                .param("published", "true")
                                .with(csrf()),
                        get("/roadmap/schools").param("area", district)));
        PlanView after = plans.plan(curatorOfB, world.schoolB(), null).orElseThrow();
        assertThat(after.stages())
                .flatExtracting(PlanView.StageView::activities)
                .hasSameSizeAs(before.stages().stream()
                        .flatMap(s -> s.activities().stream())
                        .toList());
        assertThat(after.stages().get(0).activities().get(0).status()).isEqualTo(activity.status());
        assertThat(after.template()).isFalse();
    }
}
