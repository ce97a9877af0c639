package ru.nastavnik.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.nastavnik.Fixtures;
import ru.nastavnik.events.EventPeople;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** A session step of the mentor course: the organiser records the mentor present, the step and the course are done. */
@SpringBootTest
@AutoConfigureMockMvc
class SessionStepIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TrainedMentors mentors;

    @Autowired
    Fixtures fixtures;

    @Autowired
    EventPeople people;

    private ResultActions api(MockHttpServletRequestBuilder request, NastavnikPrincipal who, String body)
            throws Exception {
        return mvc.perform(
                request.with(user(who)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String event(NastavnikPrincipal organiser, OrganisationId by, OrganisationId invited, String title)
            throws Exception {
        LocalDateTime start = LocalDateTime.now().plusDays(7).truncatedTo(ChronoUnit.HOURS);
        return JsonPath.read(
                api(post("/api/v1/organisations/" + by + "/events"), organiser, """
                {"kind":"INSTALLATION_SESSION","title":"%s","startsAt":"%s","endsAt":"%s","place":"Методический центр",
                 "schools":["%s"]}""".formatted(
                                        title, start, start.plusHours(2), invited))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    private ResultActions step(String api, String course, String body, NastavnikPrincipal as) throws Exception {
        String etag = mvc.perform(get(api + "/" + course).with(user(as)))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        return api(post(api + "/" + course + "/steps").header("If-Match", etag), as, body);
    }

    @Test
    void theOrganiserMarkingTheMentorPresentCompletesHerSessionStepAndTheCourseAndTheBankSeesHerTrained()
            throws Exception {
        TrainedMentors.School s = mentors.school();
        NastavnikPrincipal methodologist =
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, s.world().municipality());
        String session = event(methodologist, s.world().municipality(), s.school(), "Установочная сессия наставников");
        NastavnikPrincipal curatorOfB = fixtures.user(Role.CURATOR, s.world().schoolB());
        String othersEvent = event(curatorOfB, s.world().schoolB(), s.world().schoolB(), "Сессия школы Б");
        String api = "/api/v1/organisations/" + s.school() + "/mentor-courses";
        String course = JsonPath.read(
                api(post(api), s.curator(), "{\"title\":\"Школа наставника\"}")
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");

        mvc.perform(get("/training/mentor-courses/" + course).with(user(s.curator())))
                .andExpect(content().string(containsString("Установочная сессия наставников")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Сессия школы Б"))));
        for (String unseen : new String[] {othersEvent, UUID.randomUUID().toString()}) {
            step(api, course, "{\"kind\":\"SESSION\",\"event\":\"" + unseen + "\"}", s.curator())
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("event"))
                    .andExpect(jsonPath("$.errors[0].message").value(containsString("Мероприятие: выберите")));
        }
        mvc.perform(post("/training/mentor-courses/" + course + "/steps")
                        .param("kind", "SESSION")
                        .param("event", othersEvent)
                        .param("version", "0")
                        .with(user(s.curator()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(api + "/" + course).with(user(s.curator())))
                .andExpect(jsonPath("$.steps.length()").value(0));
        step(api, course, "{\"kind\":\"TASK\",\"title\":\"Посетить урок наставляемого\"}", s.curator())
                .andExpect(status().isOk());
        String steps = step(api, course, "{\"kind\":\"SESSION\",\"event\":\"" + session + "\"}", s.curator())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps[1].title").value("Установочная сессия наставников"))
                .andExpect(jsonPath("$.steps[1].event").value(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String task = JsonPath.read(steps, "$.steps[0].id");
        String sessionStep = JsonPath.read(steps, "$.steps[1].id");

        String bankMentor = "/api/v1/organisations/" + s.school() + "/mentors/" + s.mentorPerson();
        api(
                        post("/api/v1/organisations/" + s.school() + "/mentors"),
                        s.curator(),
                        "{\"personId\":\"" + s.mentorPerson() + "\",\"competences\":[\"parents\"],\"capacity\":1}")
                .andExpect(status().is2xxSuccessful());
        api(post(api + "/" + course + "/steps/" + task + "/done"), s.mentor(), "")
                .andExpect(status().isOk());
        api(post(api + "/" + course + "/steps/" + sessionStep + "/done"), s.mentor(), "")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("отмечает его организатор")));
        mvc.perform(get("/training/mentor-courses/" + course).with(user(s.mentor())))
                .andExpect(content().string(containsString("session-pending")));

        api(post("/api/v1/events/" + session + "/registration"), s.mentor(), "").andExpect(status().isCreated());
        people.running(session);
        api(
                        put("/api/v1/events/" + session + "/attendance"),
                        methodologist,
                        "{\"present\":[\"" + s.mentorPerson() + "\"]}")
                .andExpect(status().isOk());
        api(put("/api/v1/events/" + session + "/attendance"), methodologist, "{\"present\":[]}")
                .andExpect(status().isOk());
        api(
                        put("/api/v1/events/" + session + "/attendance"),
                        methodologist,
                        "{\"present\":[\"" + s.mentorPerson() + "\"]}")
                .andExpect(status().isOk());

        // training learns of the attendance after its commit, the bank of the completed course after that one's
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            mvc.perform(get(api + "/" + course + "/progress").with(user(s.curator())))
                    .andExpect(jsonPath("$[0].progress.done.length()").value(2))
                    .andExpect(jsonPath("$[0].progress.completedOn").isNotEmpty());
            mvc.perform(get(bankMentor).with(user(s.curator())))
                    .andExpect(jsonPath("$.trainingStatus").value("TRAINED"));
        });
        // her training record lists the session with its hours and the course completed, on the page and in the API
        mvc.perform(get("/api/v1/organisations/" + s.school() + "/persons/" + s.mentorPerson() + "/training-record")
                        .with(user(s.curator())))
                .andExpect(jsonPath("$.sessions[0].title").value("Установочная сессия наставников"))
                .andExpect(jsonPath("$.sessions[0].hours").value(1.2))
                .andExpect(jsonPath("$.completedCourses[0].title").value("Школа наставника"));
        mvc.perform(get("/training/record").with(user(s.mentor())))
                .andExpect(content().string(containsString("Всего часов занятий: 1,2")))
                .andExpect(content().string(containsString("«Школа наставника» пройден")));
        // the record the curator signs writes hours with a decimal comma and has her signature line
        byte[] docx = mvc.perform(get("/training/record/document").with(user(s.mentor())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            assertThat(text.getText())
                    .contains("всего часов: 1,2", "Установочная сессия наставников", "Куратор наставничества ____")
                    .doesNotContain("часов: 1.2");
        }
    }
}
