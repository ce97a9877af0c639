package ru.nastavnik.monitoring;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Another school's or another territory's monitoring settings and pairs do not exist for the caller (404); a level
 * above may read a school's settings but not set them (403); nothing is changed by a refused request.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MonitoringHealthIsolationTests {

    static final String BODY = "{\"youngMaxAge\":30,\"youngMaxTeachingYears\":2,\"quietDays\":10,\"escalationDays\":5}";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    List<MockHttpServletRequestBuilder> requests(OrganisationId org) {
        String api = "/api/v1/organisations/" + org + "/monitoring-settings";
        return List.of(
                get(api),
                put(api).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BODY),
                get("/monitoring/settings").param("organisation", org.toString()),
                post("/monitoring/settings")
                        .with(csrf())
                        .param("organisation", org.toString())
                        .param("version", "0")
                        .param("youngMaxAge", "30")
                        .param("youngMaxTeachingYears", "2")
                        .param("quietDays", "10")
                        .param("escalationDays", "5"),
                get("/monitoring/pairs").param("organisation", org.toString()),
                get("/api/v1/organisations/" + org + "/pair-health"));
    }

    void allNotFound(NastavnikPrincipal who, OrganisationId org) throws Exception {
        for (MockHttpServletRequestBuilder request : requests(org)) {
            mvc.perform(request.with(user(who))).andExpect(status().isNotFound());
        }
    }

    void unchanged(NastavnikPrincipal owner, OrganisationId org) throws Exception {
        mvc.perform(get("/api/v1/organisations/" + org + "/monitoring-settings").with(user(owner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("DEFAULTS"))
                .andExpect(jsonPath("$.quietDays").value(21));
    }

    @Test
    void anotherSchoolsStaffAndItsOwnMentorsAndMenteesFindNothing() throws Exception {
        Fixtures.World world = fixtures.world();
        allNotFound(fixtures.user(Role.CURATOR, world.schoolB()), world.schoolA());
        allNotFound(fixtures.user(Role.DIRECTOR, world.schoolB()), world.schoolA());
        allNotFound(fixtures.user(Role.MENTOR, world.schoolA()), world.schoolA());
        allNotFound(fixtures.user(Role.MENTEE, world.schoolA()), world.schoolA());
        unchanged(fixtures.user(Role.DIRECTOR, world.schoolA()), world.schoolA());
    }

    @Test
    void aMethodologistSeesOnlyHerTerritory() throws Exception {
        Fixtures.World mine = fixtures.world();
        Fixtures.World other = fixtures.world();
        NastavnikPrincipal municipal = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, mine.municipality());
        NastavnikPrincipal regional = fixtures.user(Role.REGIONAL_METHODOLOGIST, mine.region());
        allNotFound(municipal, other.schoolA());
        allNotFound(regional, other.schoolA());
        String api = "/api/v1/organisations/";
        for (OrganisationId area : List.of(other.municipality(), other.region(), mine.region())) {
            mvc.perform(put(api + area + "/monitoring-settings")
                            .with(user(municipal))
                            .header("If-Match", "\"0\"")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(BODY))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get(api + other.municipality() + "/monitoring-settings").with(user(regional)))
                .andExpect(status().isNotFound());
        // above a school: reads its settings, does not set them
        mvc.perform(get(api + mine.schoolA() + "/monitoring-settings").with(user(municipal)))
                .andExpect(status().isOk());
        mvc.perform(put(api + mine.schoolA() + "/monitoring-settings")
                        .with(user(regional))
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BODY))
                .andExpect(status().isForbidden());
        mvc.perform(put(api + mine.municipality() + "/monitoring-settings")
                        .with(user(regional))
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BODY))
                .andExpect(status().isForbidden());
        unchanged(fixtures.user(Role.CURATOR, mine.schoolA()), mine.schoolA());
        unchanged(fixtures.user(Role.CURATOR, other.schoolA()), other.schoolA());
        unchanged(municipal, mine.municipality());
    }
}
