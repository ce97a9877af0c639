package ru.nastavnik.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A school's «today» is taken in its own time zone: the region's administrator sets the region's once (every
 * organisation below takes it), a school's director her school's own; nobody else reaches it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TimeZoneIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SchoolDates dates;

    String zone(OrganisationId id) {
        return jdbc.queryForObject("select time_zone from organisation where id = ?", String.class, id.value());
    }

    long version(OrganisationId id) {
        return jdbc.queryForObject("select version from organisation where id = ?", Long.class, id.value());
    }

    @Test
    void theRegionsZoneIsSetForEveryOrganisationBelowItAndASchoolThenSetsItsOwn() throws Exception {
        Fixtures.World w = fixtures.world();
        mvc.perform(post("/organisation/organisations/{id}/time-zone", w.region())
                        .with(user(Fixtures.SYSTEM))
                        .with(csrf())
                        .param("timeZone", "Asia/Vladivostok")
                        .param("version", String.valueOf(version(w.region()))))
                .andExpect(flash().attribute("flash", org.hamcrest.Matchers.notNullValue()));
        assertThat(zone(w.region())).isEqualTo("Asia/Vladivostok");
        assertThat(zone(w.municipality())).isEqualTo("Asia/Vladivostok");
        assertThat(zone(w.schoolA())).isEqualTo("Asia/Vladivostok");
        assertThat(dates.zone(w.schoolB())).hasToString("Asia/Vladivostok");

        NastavnikPrincipal director = fixtures.user(Role.DIRECTOR, w.schoolA());
        mvc.perform(get("/organisation/organisations/{id}", w.schoolA()).with(user(director)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("МСК+7 (Владивосток)")));
        mvc.perform(put("/api/v1/organisations/{id}/time-zone", w.schoolA())
                        .with(user(director))
                        .header("If-Match", "\"" + version(w.schoolA()) + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"timeZone\":\"Asia/Magadan\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeZone").value("Asia/Magadan"));
        assertThat(zone(w.schoolA())).isEqualTo("Asia/Magadan");
        assertThat(zone(w.schoolB())).isEqualTo("Asia/Vladivostok");
    }

    @Test
    void aZoneNotOnTheListOrAStaleOneIsRefusedAndOnlyThoseWhoKeepTheRequisitesSetIt() throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal director = fixtures.user(Role.DIRECTOR, w.schoolA());
        String before = zone(w.schoolA());
        mvc.perform(put("/api/v1/organisations/{id}/time-zone", w.schoolA())
                        .with(user(director))
                        .header("If-Match", "\"" + version(w.schoolA()) + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"timeZone\":\"America/New_York\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("timeZone"));
        mvc.perform(put("/api/v1/organisations/{id}/time-zone", w.schoolA())
                        .with(user(director))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"timeZone\":\"Asia/Omsk\"}"))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put("/api/v1/organisations/{id}/time-zone", w.schoolA())
                        .with(user(director))
                        .header("If-Match", "\"" + (version(w.schoolA()) + 5) + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"timeZone\":\"Asia/Omsk\"}"))
                .andExpect(status().isPreconditionFailed());
        // another school's director, and a curator, do not set it
        mvc.perform(put("/api/v1/organisations/{id}/time-zone", w.schoolB())
                        .with(user(director))
                        .header("If-Match", "\"" + version(w.schoolB()) + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"timeZone\":\"Asia/Omsk\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/organisation/organisations/{id}/time-zone", w.schoolA())
                        .with(user(fixtures.user(Role.CURATOR, w.schoolA())))
                        .with(csrf())
                        .param("timeZone", "Asia/Omsk")
                        .param("version", String.valueOf(version(w.schoolA()))))
                .andExpect(status().isForbidden());
        assertThat(zone(w.schoolA())).isEqualTo(before);
        assertThat(zone(w.schoolB())).isEqualTo(before);
    }
}
