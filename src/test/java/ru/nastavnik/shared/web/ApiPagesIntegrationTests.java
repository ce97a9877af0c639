package ru.nastavnik.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.PairedSchool;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Every API list of a school's records answers one page of the staff list's shape, searches by name on the server,
 * refuses a page or size no list has in Russian, and records as read only the people of the page it answered.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PairedSchool school;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyListAnswersThePageAskedForAndTheNextOneHoldsTheRest() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        school(curator, world);
        for (int i = 0; i < 6; i++) {
            fixtures.user(Role.CURATOR, world.schoolA());
        }
        String api = "/api/v1/organisations/" + world.schoolA();

        for (String list : List.of(
                api + "/mentors",
                api + "/mentees",
                api + "/mentorships",
                api + "/consents",
                api + "/staff",
                api + "/mentors?includeLeft=true",
                "/api/v1/users?organisationId=" + world.schoolA())) {
            String first = mvc.perform(get(list).param("size", "5").with(user(curator)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.page").value(0))
                    .andExpect(jsonPath("$.size").value(5))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(JsonPath.<List<Object>>read(first, "$.content"))
                    .as(list + " " + first)
                    .hasSize(5);
            int total = JsonPath.<Integer>read(first, "$.totalElements");
            assertThat(total).as(list).isGreaterThanOrEqualTo(7);
            assertThat(JsonPath.<Integer>read(first, "$.totalPages")).as(list).isEqualTo((total + 4) / 5);
            String second = mvc.perform(
                            get(list).param("size", "5").param("page", "1").with(user(curator)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.page").value(1))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            List<Object> both = new ArrayList<>(JsonPath.<List<Object>>read(first, "$.content"));
            both.addAll(JsonPath.<List<Object>>read(second, "$.content"));
            assertThat(new HashSet<>(both))
                    .as(list + ": the second page goes on where the first ended")
                    .hasSize(Math.min(total, 10));
        }
    }

    @Test
    void theReadRecordedForAPageNamesThePeopleOfThatPageOnly() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        school(curator, world);
        String api = "/api/v1/organisations/" + world.schoolA();

        mvc.perform(get(api + "/mentors").param("size", "5").param("page", "1").with(user(curator)))
                .andExpect(status().isOk());
        assertThat(lastRead(world, "в банке наставников")).isEqualTo(2);
        mvc.perform(get(api + "/mentorships").param("size", "3").with(user(curator)))
                .andExpect(status().isOk());
        assertThat(lastRead(world, "в списке пар")).isEqualTo(6);
        mvc.perform(get(api + "/consents").param("size", "4").with(user(curator)))
                .andExpect(status().isOk());
        assertThat(lastRead(world, "в списке согласий")).isLessThanOrEqualTo(4);
    }

    @Test
    void aSearchByNameRunsOnTheServerOverTheWholeList() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        school(curator, world);
        String api = "/api/v1/organisations/" + world.schoolA();

        mvc.perform(get(api + "/mentors")
                        .param("q", "редкова")
                        .param("size", "1")
                        .with(user(curator)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].profile.fullName").value(containsString("Редкова")));
        mvc.perform(get(api + "/mentorships").param("q", "РЕДКОВА").with(user(curator)))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get(api + "/mentees").param("q", "нетакой").with(user(curator)))
                .andExpect(jsonPath("$.totalElements").value(0))
                .andExpect(jsonPath("$.content.length()").value(0));
    }

    @Test
    void aPageOrSizeNoListHasIsRefusedWithARussianMessage() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        String api = "/api/v1/organisations/" + world.schoolA();

        for (String list : List.of(
                api + "/mentors",
                api + "/mentees",
                api + "/mentorships",
                api + "/consents",
                api + "/programmes",
                api + "/waiting-mentees",
                api + "/orders",
                api + "/staff",
                "/api/v1/users?organisationId=" + world.schoolA())) {
            mvc.perform(get(list).param("page", "-1").with(user(curator)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("page"))
                    .andExpect(jsonPath("$.errors[0].message").value(containsString("не может быть отрицательным")));
            mvc.perform(get(list).param("size", "201").with(user(curator)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("size"))
                    .andExpect(jsonPath("$.errors[0].message").value(containsString("от 1 до 200")));
            mvc.perform(get(list).param("size", "0").with(user(curator))).andExpect(status().isBadRequest());
        }
    }

    /** Seven pairs, one of them Редкова's. */
    private void school(NastavnikPrincipal curator, Fixtures.World world) {
        List<String> mentors = new ArrayList<>(Collections.nCopies(6, "Наставникова"));
        mentors.add(0, "Редкова");
        school.grow(curator, world.schoolA(), mentors);
    }

    private Integer lastRead(Fixtures.World world, String details) {
        return jdbc.queryForObject(
                "select cardinality(subject_ids) from audit_entry where organisation_id = ? "
                        + "and action = 'READ' and details = ? order by id desc limit 1",
                Integer.class,
                world.schoolA().value(),
                details);
    }
}
