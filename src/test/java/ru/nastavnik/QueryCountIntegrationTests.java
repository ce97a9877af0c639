package ru.nastavnik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The main lists and the roadmap, web pages and API lists alike, cost the same number of queries for a school of 4
 * people as for one of 40: a query per row made the mentor bank of 1,006 mentors run 1,017 SELECTs per view.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QueryCountIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PairedSchool school;

    @Test
    void theMainListsAndTheRoadmapDoNotQueryPerRow() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        school.grow(curator, world.schoolA(), Collections.nCopies(2, "Наставникова"));
        // the first view of the roadmap starts the school year's plan (a few inserts, once): measured from the second
        mvc.perform(get("/roadmap").with(user(curator)));
        Map<String, Integer> small = measure(curator, world);
        school.grow(curator, world.schoolA(), Collections.nCopies(10, "Наставникова"));
        Map<String, Integer> large = measure(curator, world);
        assertThat(large).as("queries per page with 12 pairs, against 2 pairs").isEqualTo(small);
    }

    @Test
    void aDistrictsIndicatorsCostTheSameQueriesForOneSchoolAsForFour() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality());
        school.grow(
                fixtures.user(Role.CURATOR, world.schoolA()), world.schoolA(), Collections.nCopies(2, "Наставникова"));
        // the first view reads the district's kind and parents, which each node then keeps (OrganisationFacts)
        indicators(methodologist, world);
        Map<String, Integer> small = indicators(methodologist, world);
        for (int i = 0; i < 3; i++) {
            var more = fixtures.org(
                            "Ещё школа " + i + " " + world.tag(),
                            ru.nastavnik.organisation.OrganisationKind.ORGANISATION,
                            world.municipality())
                    .id();
            school.grow(fixtures.user(Role.CURATOR, more), more, Collections.nCopies(2, "Наставникова"));
        }
        Map<String, Integer> large = indicators(methodologist, world);
        assertThat(large)
                .as("queries of the district's indicators with 5 schools, against 2")
                .isEqualTo(small);
        assertThat(small.values()).allSatisfy(n -> assertThat(n).isPositive().isLessThan(20));
    }

    private Map<String, Integer> indicators(NastavnikPrincipal methodologist, Fixtures.World world) throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String page : List.of(
                "/monitoring/indicators?organisation=" + world.municipality(),
                "/monitoring/indicators.xlsx?organisation=" + world.municipality(),
                "/api/v1/organisations/" + world.municipality() + "/indicators")) {
            QueryCounter.reset();
            int status = mvc.perform(get(page).with(user(methodologist)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(page).isEqualTo(200);
            counts.put(page, QueryCounter.count());
        }
        return counts;
    }

    private Map<String, Integer> measure(NastavnikPrincipal curator, Fixtures.World world) throws Exception {
        String org = world.schoolA().toString();
        String api = "/api/v1/organisations/" + org;
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String page : List.of(
                "/roadmap",
                "/bank/mentors",
                "/bank/mentees",
                "/people/staff",
                "/mentorship/pairs",
                "/mentorship/pairs/new",
                "/consent/consents",
                "/mentorship/waiting",
                "/mentorship/programmes",
                "/mentorship/orders",
                api + "/staff",
                api + "/mentors",
                api + "/mentees",
                api + "/mentorships",
                api + "/consents",
                api + "/programmes",
                api + "/waiting-mentees",
                api + "/orders",
                api + "/mentors?q=наставникова",
                api + "/mentors?includeLeft=true",
                "/api/v1/users?organisationId=" + org)) {
            QueryCounter.reset();
            // the API lists are asked for pages of one: with 2 pairs as with 12 their rows go beyond one page
            int status = mvc.perform(get(page)
                            .param("organisation", org)
                            .param("size", page.startsWith("/api/") ? "1" : "50")
                            .with(user(curator)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(page).isEqualTo(200);
            counts.put(page, QueryCounter.count());
        }
        return counts;
    }
}
