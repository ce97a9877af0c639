package ru.nastavnik.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The dashboards' isolation: a methodologist sees only her own territory, a school only itself, and a school's own
 * figures (shown without the small-number rule) only to its director and curator.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MonitoringDashboardsIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    IndicatorWorld w;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    DashboardWorld world;

    @BeforeEach
    void setUp() {
        world = new DashboardWorld(w);
    }

    @Test
    void aMethodologistOfAnotherTerritoryFindsNoDashboardOfThisOne() throws Exception {
        NastavnikPrincipal otherDistrict = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.m2);
        for (OrganisationId target : new OrganisationId[] {world.m1, world.a, world.region}) {
            dashboard(otherDistrict, target.toString()).andExpect(status().isNotFound());
        }
        OrganisationId otherRegion = w.org("Другой регион", OrganisationKind.REGION, null);
        NastavnikPrincipal otherRegional = fixtures.user(Role.REGIONAL_METHODOLOGIST, otherRegion);
        for (OrganisationId target : new OrganisationId[] {world.region, world.m1, world.c}) {
            dashboard(otherRegional, target.toString()).andExpect(status().isNotFound());
        }
        dashboard(otherDistrict, world.c.toString()).andExpect(status().isOk());
    }

    @Test
    void aSchoolNeverSeesAnotherSchoolsOrItsDistrictsFigures() throws Exception {
        for (Role role : new Role[] {Role.DIRECTOR, Role.CURATOR}) {
            NastavnikPrincipal insider = fixtures.user(role, world.a);
            for (OrganisationId target : new OrganisationId[] {world.b, world.c, world.m1, world.region}) {
                dashboard(insider, target.toString()).andExpect(status().isNotFound());
            }
        }
        NastavnikPrincipal mentor = fixtures.user(Role.MENTOR, world.a);
        int refused =
                dashboard(mentor, world.a.toString()).andReturn().getResponse().getStatus();
        assertThat(refused).isIn(403, 404);
    }

    @Test
    void aDistrictSeesItsSchoolOnlyThroughTheSmallNumberRuleAndWithoutItsLists() throws Exception {
        String page = dashboard(fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.m1), world.a.toString())
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("&lt; 3")
                .doesNotContain("href=\"/mentorship/pairs\"", "href=\"/mentorship/waiting\"");
    }

    @Test
    void anotherTerritoryOrSchoolFindsNoAnnualReportAndChangesNothing() throws Exception {
        NastavnikPrincipal otherDistrict = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.m2);
        NastavnikPrincipal otherSchool = fixtures.user(Role.DIRECTOR, world.b);
        for (NastavnikPrincipal outsider : new NastavnikPrincipal[] {otherDistrict, otherSchool}) {
            for (String url : new String[] {
                "/monitoring/annual-report", "/monitoring/annual-report.docx", "/monitoring/annual-report.pdf"
            }) {
                mvc.perform(get(url).param("organisation", world.a.toString())
                                .param("year", "2025")
                                .with(user(outsider)))
                        .andExpect(status().isNotFound());
            }
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                    "/monitoring/annual-report")
                            .param("organisation", world.a.toString())
                            .param("year", "2025")
                            .param("problems", "чужое")
                            .with(user(outsider))
                            .with(org.springframework.security.test.web.servlet.request
                                    .SecurityMockMvcRequestPostProcessors.csrf()))
                    .andExpect(status().isNotFound());
            String api = "/api/v1/organisations/" + world.a + "/annual-reports/2025";
            mvc.perform(get(api).with(user(outsider))).andExpect(status().isNotFound());
            mvc.perform(get(api + ".docx").with(user(outsider))).andExpect(status().isNotFound());
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(api)
                            .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                            .content("{\"problems\":\"чужое\"}")
                            .with(user(outsider)))
                    .andExpect(status().isNotFound());
            // nor the district's own report, whose sections its methodologist writes
            String district = "/api/v1/organisations/" + world.m1 + "/annual-reports/2025";
            mvc.perform(get(district).with(user(outsider))).andExpect(status().isNotFound());
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(district)
                            .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                            .content("{\"problems\":\"чужое\"}")
                            .with(user(outsider)))
                    .andExpect(status().isNotFound());
        }
        Integer saved = jdbc.queryForObject(
                "select count(*) from monitoring_annual_report_notes where organisation_id = ?",
                Integer.class,
                world.a.value());
        assertThat(saved).isZero();
    }

    private org.springframework.test.web.servlet.ResultActions dashboard(NastavnikPrincipal who, String organisation)
            throws Exception {
        return mvc.perform(get("/monitoring/dashboard")
                .param("organisation", organisation)
                .param("from", "2025-09-01")
                .param("to", "2026-08-31")
                .with(user(who)));
    }
}
