package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.roadmap.internal.PlanView.ActivityView;
import ru.nastavnik.roadmap.internal.RoadmapPlans;
import ru.nastavnik.roadmap.internal.SchoolYear;
import ru.nastavnik.shared.Role;

/**
 * Issue 17's bad input through the API, each answered with its Russian message and nothing changed: an activity's
 * deadline outside the school year, a responsible person who has left, a payment rule whose cap is below its amount
 * per mentee or whose sum is negative.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RefusalsInRussianIntegrationTests {

    private static final SchoolYear THIS_YEAR = SchoolYear.of(SchoolToday.date());

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RoadmapPlans plans;

    @Autowired
    StaffManagement staff;

    @Test
    void aDeadlineOutsideTheYearAndALeaverAsResponsibleAreRefusedAndTheActivityStaysAsItWas() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        ActivityView before = plans.plan(curator, world.schoolA(), null)
                .orElseThrow()
                .stages()
                .get(4)
                .activities()
                .get(0);
        var leaver = staff.create(curator, world.schoolA(), Fixtures.teacher("Ушедшая", "Анна", "Ивановна"))
                .id();
        staff.archive(curator, world.schoolA(), leaver);
        String url = "/api/v1/organisations/" + world.schoolA() + "/roadmap/activities/" + before.id();

        mvc.perform(put(url).header("If-Match", "\"" + before.version() + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"content\":\"Другое\",\"deadline\":\""
                                + THIS_YEAR.end().plusDays(1) + "\"}")
                        .with(user(curator)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("deadline"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Срок должен лежать в пределах " + THIS_YEAR.label()
                                + " учебного года (с 1 сентября по 31 августа)."));
        mvc.perform(put(url).header("If-Match", "\"" + before.version() + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"content\":\"Другое\",\"responsible\":\"" + leaver + "\"}")
                        .with(user(curator)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("responsible"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Ответственным может быть только работающий сотрудник "
                                + "организации (выбранный педагог уволен или не найден)."));

        assertThat(plans.plan(curator, world.schoolA(), null)
                        .orElseThrow()
                        .stages()
                        .get(4)
                        .activities()
                        .get(0))
                .isEqualTo(before);
    }

    @Test
    void aCapBelowTheAmountPerMenteeAndANegativeSumAreRefusedAndNoRuleIsKept() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        String api = "/api/v1/organisations/" + world.schoolA() + "/payment-rules";
        String from = SchoolToday.date().plusDays(1).toString();

        mvc.perform(post(api)
                        .contentType(MediaType.APPLICATION_JSON)
                        .with(user(curator))
                        .content("{\"validFrom\":\"" + from
                                + "\",\"kind\":\"PER_MENTEE\",\"amount\":\"0.15\",\"cap\":\"0.1\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("cap"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Ограничение в месяц не может быть меньше размера выплаты "
                                + "(и не больше наибольшего допустимого размера)."));
        mvc.perform(post(api)
                        .contentType(MediaType.APPLICATION_JSON)
                        .with(user(curator))
                        .content("{\"validFrom\":\"" + from + "\",\"kind\":\"FIXED\",\"amount\":\"-3000\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value(org.hamcrest.Matchers.startsWith("Размер выплаты — положительное число не больше")));

        mvc.perform(get(api).with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }
}
