package ru.nastavnik.mentorship;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

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
        String programme = JsonPath.read(mvc.perform(post("/api/v1/mentorships/" + pair.mentorship() + "/programme")
                .with(user(pair.curator()))).andReturn().getResponse().getContentAsString(), "$.id");
        String url = "/api/v1/programmes/" + programme;
        String activity = JsonPath.read(mvc.perform(get(url).with(user(pair.mentor()))).andReturn().getResponse()
                .getContentAsString(), "$.programme.activities[0].id");
        String due = LocalDate.now().plusMonths(1).toString();

        mvc.perform(get("/mentorship/programmes/" + programme).with(user(pair.mentor())))
                .andExpect(content().string(containsString("id=\"edit-details\"")))
                .andExpect(content().string(containsString("/activities/" + activity + "/delete")));
        mvc.perform(put(url).with(user(pair.mentor())).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Программа Соловьёвой\",\"goal\":\"Уверенно вести урок\",\"tasks\":\"— дисциплина\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.goal").value("Уверенно вести урок"));
        mvc.perform(put(url + "/activities/" + activity).with(user(pair.mentor())).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Взаимное посещение уроков\",\"dueOn\":\"" + due + "\",\"responsible\":\"MENTOR\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.activities[0].title").value("Взаимное посещение уроков"))
                .andExpect(jsonPath("$.activities[0].responsible").value("MENTOR"));
        mvc.perform(post("/mentorship/programmes/" + programme + "/activities/" + activity).with(user(pair.mentor())).with(csrf())
                .param("title", "Разбор урока").param("dueOn", due).param("responsible", "BOTH"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(url).with(user(pair.curator()))).andExpect(jsonPath("$.programme.activities[0].title").value("Разбор урока"));
        mvc.perform(put(url + "/activities/" + activity).with(user(pair.mentor())).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Позже срока\",\"dueOn\":\"" + LocalDate.now().plusYears(3) + "\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("dueOn"));
        mvc.perform(post(url + "/activities").with(user(pair.mentor())).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Открытый урок\",\"dueOn\":\"" + due + "\"}")).andExpect(status().isOk());

        mvc.perform(put(url + "/activities/" + activity).with(user(pair.mentee())).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Сама\",\"dueOn\":\"" + due + "\"}")).andExpect(status().isNotFound());
        mvc.perform(put(url).with(user(pair.stranger())).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Чужая\",\"goal\":\"Чужая\"}")).andExpect(status().isNotFound());
        mvc.perform(post(url + "/approve").with(user(pair.mentor()))).andExpect(status().isNotFound());

        mvc.perform(post(url + "/approve").with(user(pair.curator()))).andExpect(status().isOk());
        mvc.perform(put(url + "/activities/" + activity).with(user(pair.mentor())).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"После утверждения\",\"dueOn\":\"" + due + "\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get(url).with(user(pair.mentor()))).andExpect(jsonPath("$.programme.activities[0].title").value("Разбор урока"));
    }
}
