package ru.nastavnik.organisation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** Those who keep an organisation's requisites are asked to fill its address and head while they are missing. */
@SpringBootTest
@AutoConfigureMockMvc
class RequisitesTileIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDirectorAndAMunicipalitysMethodologistAreAskedUntilTheAddressAndHeadAreFilled() throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal director = fixtures.user(Role.DIRECTOR, w.schoolA());
        NastavnikPrincipal methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, w.municipality());
        mvc.perform(get("/").with(user(director))).andExpect(content().string(containsString("tile-requisites")));
        mvc.perform(get("/").with(user(methodologist))).andExpect(content().string(containsString("tile-requisites")));
        // a curator does not keep them: not asked
        mvc.perform(get("/").with(user(fixtures.user(Role.CURATOR, w.schoolA()))))
                .andExpect(content().string(not(containsString("tile-requisites"))));

        jdbc.update(
                "update organisation set address = 'г. Курчатов, ул. Школьная, 1', head_last_name = 'Орлова',"
                        + " head_first_name = 'Анна', head_middle_name = 'Петровна', head_gender = 'FEMALE'"
                        + " where id = ?",
                w.schoolA().value());
        mvc.perform(get("/").with(user(director))).andExpect(content().string(not(containsString("tile-requisites"))));
    }
}
