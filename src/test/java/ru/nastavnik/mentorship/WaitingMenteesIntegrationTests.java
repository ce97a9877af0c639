package ru.nastavnik.mentorship;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.Listeners;
import ru.nastavnik.bank.BankFixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** Mentees left without a mentor get support, and the standing search tells the curator when a mentor appears. */
@SpringBootTest
@AutoConfigureMockMvc
class WaitingMenteesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    BankFixtures bankFixtures;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Listeners listeners;

    @Test
    void aWaitingMenteeGetsSupportAndTheCuratorHearsWhenASuitableMentorEntersTheBank() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        String base = "/api/v1/organisations/" + world.schoolA();
        String mentee = bankFixtures
                .aMentee(curator, world.schoolA(), "Белкина")
                .named("Инна", "Олеговна")
                .needs("inclusion")
                .enter()
                .toString();
        bankFixtures
                .aMentor(curator, world.schoolA(), "Кравцова")
                .named("Инна", "Олеговна")
                .competences("exams")
                .places(2)
                .enter();
        listeners.awaitCompletion();

        mvc.perform(get(base + "/waiting-mentees").with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].notices.length()").value(0));
        mvc.perform(post(base + "/supports")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":\"" + mentee + "\",\"kind\":\"OTHER\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        mvc.perform(post(base + "/supports")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":\"" + mentee
                                + "\",\"kind\":\"PSYCHOLOGICAL\",\"note\":\"педагог-психолог, раз в неделю\"}"))
                .andExpect(status().isNoContent())
                .andExpect(header().string("Location", Matchers.startsWith(base + "/supports/")));

        String mentor = bankFixtures
                .aMentor(curator, world.schoolA(), "Полякова")
                .named("Инна", "Олеговна")
                .competences("inclusion", "parents")
                .enter()
                .toString();
        listeners.awaitCompletion();
        String waiting = mvc.perform(get(base + "/waiting-mentees").with(user(curator)))
                .andExpect(jsonPath("$.content[0].supports[0].kind").value("PSYCHOLOGICAL"))
                .andExpect(jsonPath("$.content[0].notices.length()").value(1))
                .andExpect(jsonPath("$.content[0].notices[0].mentorId").value(mentor))
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(get("/mentorship/waiting").with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Найден подходящий наставник")));
        String notice = JsonPath.read(waiting, "$.content[0].notices[0].id");
        mvc.perform(post(base + "/notices/" + notice + "/seen").with(user(curator)))
                .andExpect(status().isNoContent());
        mvc.perform(get(base + "/waiting-mentees").with(user(curator)))
                .andExpect(jsonPath("$.content[0].notices.length()").value(0));

        mvc.perform(post("/mentorship/pairs")
                        .with(user(curator))
                        .with(csrf())
                        .param("organisation", world.schoolA().toString())
                        .param("mentorIds", mentor)
                        .param("menteeIds", mentee)
                        .param("form", "традиционная (один на один)")
                        .param("startsOn", "2026-12-01")
                        .param("endsOn", "2027-05-31"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(base + "/waiting-mentees").with(user(curator)))
                .andExpect(jsonPath("$.content.length()").value(0));
    }
}
