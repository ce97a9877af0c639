package ru.nastavnik.monitoring;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.mentorship.ProgrammeFixtures;
import ru.nastavnik.shared.Role;

/** A pair forty days into its work without a programme or a meeting needs attention, for its school's curator only. */
@SpringBootTest
@AutoConfigureMockMvc
class PairHealthIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgrammeFixtures pairs;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aQuietPairWithoutAProgrammeNeedsAttentionWithItsReasonsAndOnlyItsSchoolSeesIt() throws Exception {
        ProgrammeFixtures.ActivePair pair = pairs.activePair(List.of("discipline"));
        jdbc.update(
                "update mentorship set starts_on = ? where id = ?",
                ru.nastavnik.SchoolToday.date().minusDays(40),
                pair.mentorship().value());
        String api = "/api/v1/organisations/" + pair.school() + "/pair-health";

        mvc.perform(get(api).with(user(pair.curator())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + pair.mentorship() + "')].health")
                        .value("NEEDS_ATTENTION"))
                .andExpect(jsonPath("$[?(@.id == '" + pair.mentorship() + "')].reasons[*].code")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("noProgramme", "noMeeting")))
                .andExpect(jsonPath("$[?(@.id == '" + pair.mentorship() + "')].mentors[0]")
                        .value("Морозова Вера Павловна"));
        mvc.perform(get("/monitoring/pairs")
                        .param("organisation", pair.school().toString())
                        .with(user(pair.curator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Морозова Вера Павловна")))
                .andExpect(content().string(containsString("Нет утверждённой программы: пара работает 40 дн.")))
                .andExpect(content().string(containsString("text-bg-warning\">требует внимания</span>")))
                .andExpect(content().string(containsString("text-bg-warning\">требует внимания: 1</span>")));

        mvc.perform(get(api).with(user(pair.mentor()))).andExpect(status().isNotFound());
        mvc.perform(get(api).with(user(
                        fixtures.user(Role.DIRECTOR, fixtures.world().schoolB()))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/monitoring/pairs")
                        .param("organisation", pair.school().toString())
                        .with(user(fixtures.user(Role.CURATOR, fixtures.world().schoolA()))))
                .andExpect(status().isNotFound());
    }
}
