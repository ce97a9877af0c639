package ru.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.Staffroom;
import ru.nastavnik.bank.BankFixtures;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffAccounts;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The mentee chooses among her candidates, as the regulations allow, and the curator records wishes: a wished
 * pair scores higher in the school's run, where otherwise the other mentor would have been proposed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WishesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Staffroom staffroom;

    @Autowired
    BankFixtures bankFixtures;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    ProgrammeFixtures pairs;

    Fixtures.World world;
    NastavnikPrincipal curator;
    String base;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        curator = fixtures.user(Role.CURATOR, world.schoolA());
        base = "/api/v1/organisations/" + world.schoolA();
    }

    @Test
    void theMenteesChoiceTipsTheRunTowardsTheMentorSheChose() throws Exception {
        String first = mentor("Абрамова", List.of("discipline", "parents"));
        String second = mentor("Быкова", List.of("discipline"));
        String mentee = bankFixtures
                .aMentee(curator, world.schoolA(), "Власова")
                .needs("discipline")
                .enter()
                .toString();
        NastavnikPrincipal teacher = fixtures.user(Role.MENTEE, world.schoolA());
        accounts.link(curator, world.schoolA(), PersonId.of(mentee), teacher.getUsername(), true);

        String run = mvc.perform(post(base + "/matching-runs").with(user(curator)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String before =
                JsonPath.<List<String>>read(run, "$.proposals[*].mentorId").get(0);
        String other = before.equals(first) ? second : first;

        mvc.perform(get("/api/v1/me/mentor-candidates").with(user(teacher)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.candidates.length()").value(2))
                .andExpect(jsonPath("$.chosen.length()").value(0));
        mvc.perform(post("/api/v1/me/mentor-wishes")
                        .with(user(teacher))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mentorId\":\"" + mentee + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("из списка ваших кандидатов")));
        mvc.perform(post("/matching/my/wishes")
                        .param("mentor", other)
                        .with(user(teacher))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/matching/my").with(user(teacher)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ваш выбор")));

        String after = mvc.perform(post(base + "/matching-runs").with(user(curator)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(after, "$.proposals[*].mentorId"))
                .containsExactly(other);
        assertThat(JsonPath.<List<Integer>>read(after, "$.proposals[*].criteria.wishes")
                        .get(0))
                .isPositive();
        mvc.perform(get(base + "/matching-wishes").with(user(curator)))
                .andExpect(jsonPath("$[0].byMentee").value(true))
                .andExpect(jsonPath("$[0].menteeName").value("Власова Анна Сергеевна"));

        mvc.perform(delete("/api/v1/me/mentor-wishes/" + other).with(user(teacher)))
                .andExpect(status().isNoContent());
        mvc.perform(get(base + "/matching-wishes").with(user(curator)))
                .andExpect(jsonPath("$.length()").value(0));
        String wish = JsonPath.read(
                mvc.perform(post(base + "/matching-wishes")
                                .with(user(curator))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"menteeId\":\"" + mentee + "\",\"mentorId\":\"" + other
                                        + "\",\"byMentee\":false}"))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.byMentee").value(false))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        // a refusal names the body's own field, not the page form's «mentee»
        mvc.perform(post(base + "/matching-wishes")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"menteeId\":\"" + UUID.randomUUID() + "\",\"mentorId\":\"" + other + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("menteeId"));
        mvc.perform(post(base + "/matching-decisions")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"menteeId\":\"" + UUID.randomUUID() + "\",\"mentorId\":\"" + other
                                + "\",\"pin\":true}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("menteeId"));
        mvc.perform(get("/api/v1/organisations/" + world.schoolB() + "/matching-wishes")
                        .with(user(curator)))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/organisations/" + world.schoolB() + "/matching-wishes/" + wish)
                        .with(user(curator)))
                .andExpect(status().isNotFound());
        mvc.perform(delete(base + "/matching-wishes/" + wish).with(user(curator)))
                .andExpect(status().isNoContent());
    }

    @Test
    void aTeacherOutsideTheMenteeBankIsToldWhySheHasNoCandidates() throws Exception {
        NastavnikPrincipal teacher = fixtures.user(Role.MENTEE, world.schoolA());
        accounts.link(curator, world.schoolA(), PersonId.of(person("Громова")), teacher.getUsername(), true);
        mvc.perform(get("/matching/my").with(user(teacher)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("не состоите в банке наставляемых")));
        mvc.perform(get("/api/v1/me/mentor-candidates").with(user(teacher)))
                .andExpect(status().isUnprocessableContent());
    }

    /** She was told «Этот педагог не ждёт наставника: … у него уже есть пара» — the curator's words, about herself. */
    @Test
    void aMenteeInAPairAlreadyIsToldSoInHerOwnWords() throws Exception {
        ProgrammeFixtures.ActivePair pair = pairs.activePair(List.of("exams"));
        mvc.perform(get("/matching/my").with(user(pair.mentee())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("У вас уже есть наставник")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Этот педагог"))));
    }

    private String mentor(String lastName, List<String> competences) {
        return bankFixtures
                .aMentor(curator, world.schoolA(), lastName)
                .consenting(ConsentPurpose.MENTORING_DUTIES)
                .competences(competences.toArray(String[]::new))
                .enter()
                .toString();
    }

    private String person(String lastName) {
        return staffroom.teacher(curator, world.schoolA(), lastName).toString();
    }
}
