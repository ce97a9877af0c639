package ru.nastavnik.mentorship;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.Listeners;
import ru.nastavnik.Staffroom;
import ru.nastavnik.bank.BankManagement;
import ru.nastavnik.bank.MenteeCategory;
import ru.nastavnik.bank.MenteeRequest;
import ru.nastavnik.bank.MentorRequest;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** Mentees left without a mentor get support, and the standing search tells the curator when a mentor appears. */
@SpringBootTest
@AutoConfigureMockMvc
class WaitingMenteesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staffroom staffroom;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffManagement staff;

    @Autowired
    ConsentManagement consents;

    @Autowired
    BankManagement banks;

    @Autowired
    Listeners listeners;

    @Test
    void aWaitingMenteeGetsSupportAndTheCuratorHearsWhenASuitableMentorEntersTheBank() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        String base = "/api/v1/organisations/" + world.schoolA();
        String mentee = person(curator, world, "Белкина");
        banks.saveMentee(
                curator,
                world.schoolA(),
                new MenteeRequest(mentee, MenteeCategory.YOUNG_SPECIALIST, null, List.of("inclusion"), null));
        String unrelated = person(curator, world, "Кравцова");
        banks.saveMentor(
                curator,
                world.schoolA(),
                new MentorRequest(unrelated, List.of("exams"), null, 2, List.of(), null, null, false));
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
                .andExpect(status().isNoContent());

        String mentor = person(curator, world, "Полякова");
        banks.saveMentor(
                curator,
                world.schoolA(),
                new MentorRequest(mentor, List.of("inclusion", "parents"), null, 1, List.of(), null, null, false));
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

    private String person(NastavnikPrincipal curator, Fixtures.World world, String lastName) {
        return staffroom
                .teacher(curator, world.schoolA(), lastName, "Инна", "Олеговна")
                .toString();
    }
}
