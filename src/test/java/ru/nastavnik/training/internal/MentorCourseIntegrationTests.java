package ru.nastavnik.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.training.MaterialAudience;
import ru.nastavnik.training.MaterialKind;

/** The mentor course: the curator lays out its steps, the mentor goes through them in order, the curator sees it. */
@SpringBootTest
@AutoConfigureMockMvc
class MentorCourseIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TrainedMentors mentors;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MaterialManagement materials;

    @Autowired
    JdbcTemplate jdbc;

    private String material(NastavnikPrincipal publisher, ru.nastavnik.shared.OrganisationId owner, String title) {
        return materials
                .publish(
                        publisher,
                        owner,
                        MaterialKind.LINK,
                        new MaterialDraft(
                                title, null, "https://edu.example.ru", List.of(), List.of(MaterialAudience.MENTORS)),
                        null,
                        null)
                .id()
                .toString();
    }

    private String step(String api, String course, String body, NastavnikPrincipal as, int expected) throws Exception {
        String etag = mvc.perform(get(api + "/" + course).with(user(as)))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        return mvc.perform(post(api + "/" + course + "/steps")
                        .with(user(as))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().is(expected))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theMentorGoesThroughTheStepsInOrderAndHerCuratorSeesTheCourseCompleted() throws Exception {
        TrainedMentors.School s = mentors.school();
        String api = "/api/v1/organisations/" + s.school() + "/mentor-courses";
        NastavnikPrincipal methodologist =
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, s.world().municipality());
        String municipal = material(methodologist, s.world().municipality(), "Роль наставника в школе");
        String otherSchools = material(
                fixtures.user(Role.CURATOR, s.world().schoolB()), s.world().schoolB(), "Чужое");

        String course = JsonPath.read(
                mvc.perform(post(api)
                                .with(user(s.curator()))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"title\":\"Школа наставника\",\"description\":\"Первый год\"}"))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        step(api, course, "{\"kind\":\"MATERIAL\",\"material\":\"" + otherSchools + "\"}", s.curator(), 422);
        step(api, course, "{\"kind\":\"MATERIAL\",\"material\":\"" + municipal + "\"}", s.curator(), 200);
        String last =
                step(api, course, "{\"kind\":\"TASK\",\"title\":\"Посетить урок наставляемого\"}", s.curator(), 200);
        assertThat((List<String>) JsonPath.read(last, "$.steps[*].title"))
                .containsExactly("Роль наставника в школе", "Посетить урок наставляемого");
        String first = JsonPath.read(last, "$.steps[0].id");
        String second = JsonPath.read(last, "$.steps[1].id");
        mvc.perform(post(api + "/" + course + "/steps")
                        .with(user(s.curator()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"TASK\",\"title\":\"Без версии\"}"))
                .andExpect(status().isPreconditionRequired());

        String bankMentor = "/api/v1/organisations/" + s.school() + "/mentors/" + s.mentorPerson();
        mvc.perform(post("/api/v1/organisations/" + s.school() + "/mentors")
                        .with(user(s.curator()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":\"" + s.mentorPerson()
                                + "\",\"competences\":[\"parents\"],\"capacity\":1}"))
                .andExpect(status().is2xxSuccessful());
        mvc.perform(get(bankMentor).with(user(s.curator())))
                .andExpect(jsonPath("$.trainingStatus").value("NOT_TRAINED"));
        mvc.perform(post(api + "/" + course + "/steps/" + second + "/done").with(user(s.mentor())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("по порядку")));
        mvc.perform(get("/training/mentor-courses/" + course).with(user(s.mentor())))
                .andExpect(content().string(containsString("mark-step-done")))
                .andExpect(content().string(containsString("Пройдено: 0 %")));
        mvc.perform(post("/training/mentor-courses/" + course + "/steps/" + first + "/done")
                        .with(user(s.mentor()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/training/mentor-courses/" + course));
        mvc.perform(post(api + "/" + course + "/steps/" + second + "/done").with(user(s.mentor())))
                .andExpect(jsonPath("$.completedOn").isNotEmpty())
                .andExpect(jsonPath("$.next").doesNotExist());
        // the bank learns of it after the commit: she is a trained mentor now, which its filter and matching read
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .untilAsserted(() -> mvc.perform(get(bankMentor).with(user(s.curator())))
                        .andExpect(jsonPath("$.trainingStatus").value("TRAINED")));

        mvc.perform(get(api + "/" + course + "/progress").with(user(s.curator())))
                .andExpect(jsonPath("$[0].fullName").value("Кузнецова Ольга Игоревна"))
                .andExpect(jsonPath("$[0].progress.completedOn").isNotEmpty());
        mvc.perform(get("/training/mentor-courses/" + course + "/progress").with(user(s.curator())))
                .andExpect(content().string(containsString("Кузнецова Ольга Игоревна")))
                .andExpect(content().string(containsString("100 %")));
        mvc.perform(get(api + "/" + course + "/progress").with(user(s.mentor())))
                .andExpect(status().isNotFound());
        mvc.perform(post(api + "/" + course + "/steps")
                        .with(user(s.mentor()))
                        .header("If-Match", "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"TASK\",\"title\":\"Х\"}"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where subject_id = ? and action = 'UPDATE'"
                                + " and details like 'выполнен шаг курса наставника%'",
                        Integer.class, s.mentorPerson().value()))
                .isEqualTo(2);
    }

    @Test
    void aMunicipalCourseIsTakenInEverySchoolBelowAndNotInAnotherDistrict() throws Exception {
        TrainedMentors.School s = mentors.school();
        NastavnikPrincipal methodologist =
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, s.world().municipality());
        String course = JsonPath.read(
                mvc.perform(post("/api/v1/organisations/" + s.world().municipality() + "/mentor-courses")
                                .with(user(methodologist))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"title\":\"Районная школа\"}"))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(get("/training/mentor-courses").with(user(s.mentor())))
                .andExpect(content().string(containsString("Районная школа")));
        NastavnikPrincipal elsewhere =
                fixtures.user(Role.MENTOR, fixtures.world().schoolA());
        mvc.perform(get("/training/mentor-courses/" + course).with(user(elsewhere)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/training/mentor-courses")
                        .param("organisation", s.school().toString())
                        .param("title", " ")
                        .with(user(s.curator()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject(
                        "select count(*) from training_mentor_course where organisation_id = ?",
                        Integer.class,
                        s.school().value()))
                .isZero();
    }
}
