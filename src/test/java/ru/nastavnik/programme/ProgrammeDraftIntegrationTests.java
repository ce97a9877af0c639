package ru.nastavnik.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.VersionedEdits;
import ru.nastavnik.mentorship.ProgrammeFixtures;

/** The mentor writes the draft programme with her mentee (the 2021 recommendations make her its author). */
@SpringBootTest
@AutoConfigureMockMvc
class ProgrammeDraftIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgrammeFixtures fixtures;

    @Test
    void theMentorEditsTheDraftAndItsActivitiesButTheMenteeAndAnApprovedProgrammeRefuse() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("discipline"));
        String programme = JsonPath.read(
                mvc.perform(post("/api/v1/mentorships/" + pair.mentorship() + "/programme")
                                .with(user(pair.curator())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        String url = "/api/v1/programmes/" + programme;
        String activity = JsonPath.read(
                mvc.perform(get(url).with(user(pair.mentor())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.programme.activities[0].id");
        String due = SchoolToday.date().plusMonths(1).toString();

        mvc.perform(get("/mentorship/programmes/" + programme).with(user(pair.mentor())))
                .andExpect(content().string(containsString("id=\"edit-details\"")))
                .andExpect(content().string(containsString("/activities/" + activity + "/delete")));
        mvc.perform(
                        put(url).with(user(pair.mentor()))
                                .header("If-Match", etag(url, pair))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"title\":\"Программа Соловьёвой\",\"goal\":\"Уверенно вести урок\",\"tasks\":\"— дисциплина\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.goal").value("Уверенно вести урок"));
        mvc.perform(put(url + "/activities/" + activity)
                        .with(user(pair.mentor()))
                        .header("If-Match", etag(url, pair))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Взаимное посещение уроков\",\"dueOn\":\"" + due
                                + "\",\"responsible\":\"MENTOR\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.activities[0].title").value("Взаимное посещение уроков"))
                .andExpect(jsonPath("$.activities[0].responsible").value("MENTOR"));
        mvc.perform(post("/mentorship/programmes/" + programme + "/activities/" + activity)
                        .with(user(pair.mentor()))
                        .with(csrf())
                        .param("version", etag(url, pair).replace("\"", ""))
                        .param("title", "Разбор урока")
                        .param("dueOn", due)
                        .param("responsible", "BOTH"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(url).with(user(pair.curator())))
                .andExpect(jsonPath("$.programme.activities[0].title").value("Разбор урока"));
        mvc.perform(put(url + "/activities/" + activity)
                        .with(user(pair.mentor()))
                        .header("If-Match", etag(url, pair))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Позже срока\",\"dueOn\":\""
                                + SchoolToday.date().plusYears(3) + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("dueOn"));
        mvc.perform(post(url + "/activities")
                        .with(user(pair.mentor()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Открытый урок\",\"dueOn\":\"" + due + "\"}"))
                .andExpect(status().isOk());

        mvc.perform(put(url + "/activities/" + activity)
                        .with(user(pair.mentee()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Сама\",\"dueOn\":\"" + due + "\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(put(url).with(user(pair.stranger()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Чужая\",\"goal\":\"Чужая\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post(url + "/approve").with(user(pair.mentor()))).andExpect(status().isNotFound());

        mvc.perform(post(url + "/approve").with(user(pair.curator()))).andExpect(status().isOk());
        mvc.perform(put(url + "/activities/" + activity)
                        .with(user(pair.mentor()))
                        .header("If-Match", etag(url, pair))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"После утверждения\",\"dueOn\":\"" + due + "\"}"))
                .andExpect(status().isUnprocessableContent())
                // the programme's state is refused, not a field of the body: the answer names none
                .andExpect(jsonPath("$.errors[0].field").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        mvc.perform(get(url).with(user(pair.mentor())))
                .andExpect(jsonPath("$.programme.activities[0].title").value("Разбор урока"));
    }

    /** The mentor and the curator edit one draft: the second to save on what she read is told, nothing is lost. */
    @Test
    void aStaleEditOfTheDraftIsRefusedAndAnEditWithoutAVersionIsAskedForIt() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("discipline"));
        String url = "/api/v1/programmes/" + programme(pair);
        String activity = JsonPath.read(
                mvc.perform(get(url).with(user(pair.mentor())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.programme.activities[0].id");
        String due = SchoolToday.date().plusMonths(1).toString();
        String read = etag(url, pair);
        assertThat(read).matches("\"\\d+\"");

        mvc.perform(put(url).with(user(pair.mentor()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Без версии\",\"goal\":\"Цель\"}"))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("If-Match")));
        mvc.perform(put(url + "/activities/" + activity)
                        .with(user(pair.mentor()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Без версии\",\"dueOn\":\"" + due + "\"}"))
                .andExpect(status().isPreconditionRequired());
        String next = mvc.perform(put(url).with(user(pair.curator()))
                        .header("If-Match", read)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Программа куратора\",\"goal\":\"Цель куратора\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Программа куратора"))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        assertThat(next).isNotEqualTo(read).isEqualTo(etag(url, pair));

        mvc.perform(put(url).with(user(pair.mentor()))
                        .header("If-Match", read)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Программа наставника\",\"goal\":\"Цель наставника\"}"))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", next))
                .andExpect(jsonPath("$.title").value(containsString("изменили")));
        mvc.perform(put(url + "/activities/" + activity)
                        .with(user(pair.mentor()))
                        .header("If-Match", read)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Устаревшее\",\"dueOn\":\"" + due + "\"}"))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(get(url).with(user(pair.mentor())))
                .andExpect(jsonPath("$.programme.title").value("Программа куратора"))
                .andExpect(jsonPath("$.programme.activities[0].title").value(org.hamcrest.Matchers.not("Устаревшее")));

        // a changed line of the plan is a new version of the whole draft
        String afterLine = mvc.perform(put(url + "/activities/" + activity)
                        .with(user(pair.mentor()))
                        .header("If-Match", next)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Разбор урока\",\"dueOn\":\"" + due + "\"}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        assertThat(afterLine).isNotEqualTo(next).isEqualTo(etag(url, pair));
    }

    /** The page's forms carry the version; a stale save shows her input again with the value saved meanwhile. */
    @Test
    void aStaleDraftFormKeepsHerInputAndShowsTheOtherValueBesideIt() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("discipline"));
        String programme = programme(pair);
        String url = "/api/v1/programmes/" + programme;
        String card = mvc.perform(get(url).with(user(pair.mentor())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String activity = JsonPath.read(card, "$.programme.activities[0].id");
        String savedTitle = JsonPath.read(card, "$.programme.activities[0].title");
        String due = SchoolToday.date().plusMonths(1).toString();
        String version = VersionedEdits.version(mvc, url, pair.curator());
        mvc.perform(get("/mentorship/programmes/" + programme).with(user(pair.mentor())))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + version + "\"")));
        mvc.perform(put(url).with(user(pair.curator()))
                        .header("If-Match", etag(url, pair))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Программа куратора\",\"goal\":\"Цель куратора\"}"))
                .andExpect(status().isOk());

        mvc.perform(post("/mentorship/programmes/" + programme + "/details")
                        .with(user(pair.mentor()))
                        .with(csrf())
                        .param("version", version)
                        .param("title", "Программа наставника")
                        .param("goal", "Цель куратора"))
                .andExpect(VersionedEdits.staleFormKeeps("value=\"Программа наставника\"", "Программа куратора"))
                .andExpect(
                        content().string(org.hamcrest.Matchers.not(containsString("Сейчас сохранено: Цель куратора"))));
        mvc.perform(post("/mentorship/programmes/" + programme + "/activities/" + activity)
                        .with(user(pair.mentor()))
                        .with(csrf())
                        .param("version", version)
                        .param("title", "Её мероприятие")
                        .param("dueOn", due)
                        .param("responsible", "BOTH"))
                .andExpect(VersionedEdits.staleFormKeeps("value=\"Её мероприятие\"", savedTitle));
        mvc.perform(get(url).with(user(pair.mentor())))
                .andExpect(jsonPath("$.programme.title").value("Программа куратора"))
                .andExpect(
                        jsonPath("$.programme.activities[0].title").value(org.hamcrest.Matchers.not("Её мероприятие")));
    }

    private String programme(ProgrammeFixtures.ActivePair pair) throws Exception {
        return JsonPath.read(
                mvc.perform(post("/api/v1/mentorships/" + pair.mentorship() + "/programme")
                                .with(user(pair.curator())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    private String etag(String url, ProgrammeFixtures.ActivePair pair) throws Exception {
        return VersionedEdits.etag(mvc, url, pair.curator());
    }
}
