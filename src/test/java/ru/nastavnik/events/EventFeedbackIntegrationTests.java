package ru.nastavnik.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** After the event its organiser sends the feedback questionnaire to those present and reads the answers summed up. */
@SpringBootTest
@AutoConfigureMockMvc
class EventFeedbackIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    EventPeople people;

    private ResultActions api(MockHttpServletRequestBuilder request, NastavnikPrincipal who, String body)
            throws Exception {
        return mvc.perform(
                request.with(user(who)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void onlyThoseWhoAttendedAHeldEventGetTheQuestionnaireAndTheOrganiserSeesTheAnswersWithoutNames() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        EventPeople.Teacher came = people.teacher(curator, world.schoolA(), Role.MENTOR, "Пришедшая");
        EventPeople.Teacher absent = people.teacher(curator, world.schoolA(), Role.MENTOR, "Отсутствовавшая");
        // the questionnaire is anonymous, as its form promises: answers are shown from three on
        List<EventPeople.Teacher> others = List.of(
                people.teacher(curator, world.schoolA(), Role.MENTOR, "Вторая"),
                people.teacher(curator, world.schoolA(), Role.MENTOR, "Третья"));
        LocalDateTime start = LocalDateTime.now().plusDays(3).truncatedTo(ChronoUnit.HOURS);
        String event = JsonPath.read(
                api(post("/api/v1/organisations/" + world.schoolA() + "/events"), curator, """
                {"kind":"SEMINAR","title":"Семинар наставников","startsAt":"%s","endsAt":"%s","place":"Актовый зал",
                 "schools":["%s"]}""".formatted(
                                        start, start.plusHours(2), world.schoolA()))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        String feedback = "/api/v1/events/" + event + "/feedback";
        api(post("/api/v1/events/" + event + "/registration"), came.user(), "").andExpect(status().isCreated());
        api(post("/api/v1/events/" + event + "/registration"), absent.user(), "")
                .andExpect(status().isCreated());
        for (EventPeople.Teacher t : others) {
            api(post("/api/v1/events/" + event + "/registration"), t.user(), "").andExpect(status().isCreated());
        }
        api(post(feedback), curator, "")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("сначала отметьте его проведённым")));
        people.running(event);
        api(
                        put("/api/v1/events/" + event + "/attendance"),
                        curator,
                        "{\"present\":[\"" + came.person() + "\",\""
                                + others.get(0).person() + "\",\""
                                + others.get(1).person() + "\"]}")
                .andExpect(status().isOk());
        api(post("/api/v1/events/" + event + "/held"), curator, "").andExpect(status().is2xxSuccessful());
        api(post(feedback), came.user(), "").andExpect(status().isNotFound());
        // the event page's link before the questionnaire is sent: back to the event, told to send it (was a 404)
        mvc.perform(get("/events/" + event + "/feedback").with(user(curator)))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/events/" + event))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attributeExists("flashError"));

        api(post(feedback), curator, "")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sent").value(3));
        api(post(feedback), curator, "")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("уже отправлена")));
        mvc.perform(get("/api/v1/me/questionnaires").with(user(absent.user())))
                .andExpect(jsonPath("$.length()").value(0));
        String mine = mvc.perform(get("/api/v1/me/questionnaires").with(user(came.user())))
                .andExpect(jsonPath("$[0].title").value(containsString("Семинар наставников")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String invitation = JsonPath.read(mine, "$[0].invitationId");
        api(post("/api/v1/me/questionnaires/" + invitation + "/submit"), came.user(), """
                {"q1":["5"],"q2":["4"],"q3":["yes"],"q4":["Разбор уроков"]}""")
                .andExpect(status().is2xxSuccessful());
        // one answer of three: nothing is shown yet, it would be hers
        mvc.perform(get(feedback).with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results.responses").value(1))
                .andExpect(jsonPath("$.results.suppressed").value(true));
        for (EventPeople.Teacher t : others) {
            String theirs = JsonPath.read(
                    mvc.perform(get("/api/v1/me/questionnaires").with(user(t.user())))
                            .andReturn()
                            .getResponse()
                            .getContentAsString(),
                    "$[0].invitationId");
            api(post("/api/v1/me/questionnaires/" + theirs + "/submit"), t.user(), """
                    {"q1":["5"],"q2":["5"],"q3":["yes"],"q4":["Обсуждение в группах"]}""")
                    .andExpect(status().is2xxSuccessful());
        }

        mvc.perform(get(feedback).with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results.responses").value(3))
                .andExpect(jsonPath("$.results.questions[0].mean").value(5.0))
                .andExpect(jsonPath("$.results.questions[3].texts[*].text")
                        .value(org.hamcrest.Matchers.hasItem("Разбор уроков")))
                .andExpect(jsonPath("$.results.questions[3].texts[0].author").doesNotExist());
        mvc.perform(get("/events/" + event + "/feedback").with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Разбор уроков")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Пришедшая"))));
        // the answers are stored without names: the questionnaire's own results page names nobody either
        assertThat(jdbc.queryForObject(
                        "select count(*) from survey_response where questionnaire_id = (select questionnaire_id"
                                + " from event_feedback where event_id = ?::uuid) and person_id is not null",
                        Integer.class,
                        event))
                .isZero();
        NastavnikPrincipal curatorOfB = fixtures.user(Role.CURATOR, world.schoolB());
        mvc.perform(get(feedback).with(user(curatorOfB))).andExpect(status().isNotFound());
    }
}
