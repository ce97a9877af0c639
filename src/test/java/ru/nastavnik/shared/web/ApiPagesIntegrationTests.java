package ru.nastavnik.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import ru.nastavnik.Fixtures;
import ru.nastavnik.bank.BankManagement;
import ru.nastavnik.bank.MenteeCategory;
import ru.nastavnik.bank.MenteeRequest;
import ru.nastavnik.bank.MentorRequest;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.GiveConsent;
import ru.nastavnik.matching.Matching;
import ru.nastavnik.mentorship.ProposalApproval;
import ru.nastavnik.people.StaffManagement;
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
    StaffManagement staff;
    @Autowired
    ConsentManagement consents;
    @Autowired
    BankManagement banks;
    @Autowired
    Matching matching;
    @Autowired
    ProposalApproval approval;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyListAnswersThePageAskedForAndTheNextOneHoldsTheRest() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        school(curator, world, 7);
        for (int i = 0; i < 6; i++) {
            fixtures.user(Role.CURATOR, world.schoolA());
        }
        String api = "/api/v1/organisations/" + world.schoolA();

        for (String list : List.of(api + "/mentors", api + "/mentees", api + "/mentorships", api + "/consents",
                api + "/staff", api + "/mentors?includeLeft=true", "/api/v1/users?organisationId=" + world.schoolA())) {
            String first = mvc.perform(get(list).param("size", "5").with(user(curator))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.page").value(0)).andExpect(jsonPath("$.size").value(5))
                    .andReturn().getResponse().getContentAsString();
            assertThat(JsonPath.<List<Object>>read(first, "$.content")).as(list + " " + first).hasSize(5);
            int total = JsonPath.<Integer>read(first, "$.totalElements");
            assertThat(total).as(list).isGreaterThanOrEqualTo(7);
            assertThat(JsonPath.<Integer>read(first, "$.totalPages")).as(list).isEqualTo((total + 4) / 5);
            String second = mvc.perform(get(list).param("size", "5").param("page", "1").with(user(curator)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.page").value(1))
                    .andReturn().getResponse().getContentAsString();
            List<Object> both = new ArrayList<>(JsonPath.<List<Object>>read(first, "$.content"));
            both.addAll(JsonPath.<List<Object>>read(second, "$.content"));
            assertThat(new HashSet<>(both)).as(list + ": the second page goes on where the first ended").hasSize(
                    Math.min(total, 10));
        }
    }

    @Test
    void theReadRecordedForAPageNamesThePeopleOfThatPageOnly() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        school(curator, world, 7);
        String api = "/api/v1/organisations/" + world.schoolA();

        mvc.perform(get(api + "/mentors").param("size", "5").param("page", "1").with(user(curator))).andExpect(status().isOk());
        assertThat(lastRead(world, "в банке наставников")).isEqualTo(2);
        mvc.perform(get(api + "/mentorships").param("size", "3").with(user(curator))).andExpect(status().isOk());
        assertThat(lastRead(world, "в списке пар")).isEqualTo(6);
        mvc.perform(get(api + "/consents").param("size", "4").with(user(curator))).andExpect(status().isOk());
        assertThat(lastRead(world, "в списке согласий")).isLessThanOrEqualTo(4);
    }

    @Test
    void aSearchByNameRunsOnTheServerOverTheWholeList() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        school(curator, world, 7);
        String api = "/api/v1/organisations/" + world.schoolA();

        mvc.perform(get(api + "/mentors").param("q", "редкова").param("size", "1").with(user(curator)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].profile.fullName").value(containsString("Редкова")));
        mvc.perform(get(api + "/mentorships").param("q", "РЕДКОВА").with(user(curator)))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get(api + "/mentees").param("q", "нетакой").with(user(curator)))
                .andExpect(jsonPath("$.totalElements").value(0)).andExpect(jsonPath("$.content.length()").value(0));
    }

    @Test
    void aPageOrSizeNoListHasIsRefusedWithARussianMessage() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        String api = "/api/v1/organisations/" + world.schoolA();

        for (String list : List.of(api + "/mentors", api + "/mentees", api + "/mentorships", api + "/consents",
                api + "/programmes", api + "/waiting-mentees", api + "/orders", api + "/staff",
                "/api/v1/users?organisationId=" + world.schoolA())) {
            mvc.perform(get(list).param("page", "-1").with(user(curator))).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("page"))
                    .andExpect(jsonPath("$.errors[0].message").value(containsString("не может быть отрицательным")));
            mvc.perform(get(list).param("size", "201").with(user(curator))).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("size"))
                    .andExpect(jsonPath("$.errors[0].message").value(containsString("от 1 до 200")));
            mvc.perform(get(list).param("size", "0").with(user(curator))).andExpect(status().isBadRequest());
        }
    }

    /** {@code n} mentors (one of them «Редкова») and {@code n} mentees, paired by a run: {@code n} pairs. */
    private void school(NastavnikPrincipal curator, Fixtures.World world, int n) {
        for (int i = 0; i < n; i++) {
            String mentor = person(curator, world, i == 0 ? "Редкова" : "Наставникова", true);
            banks.saveMentor(curator, world.schoolA(), new MentorRequest(mentor, List.of("parents"), null, 1, List.of(),
                    null, null, false));
            String mentee = person(curator, world, "Новикова", false);
            banks.saveMentee(curator, world.schoolA(), new MenteeRequest(mentee, MenteeCategory.YOUNG_SPECIALIST, null,
                    List.of("parents"), null));
        }
        var run = matching.run(curator, world.schoolA(), null);
        approval.approve(curator, world.schoolA(), run.proposals().stream().map(p -> p.id()).toList(), "индивидуальная",
                LocalDate.now().plusDays(1), LocalDate.now().plusMonths(9));
    }

    private String person(NastavnikPrincipal curator, Fixtures.World world, String lastName, boolean mentor) {
        String person = staff.create(curator, world.schoolA(), Fixtures.teacher(lastName, "Анна", "Сергеевна")).id().toString();
        consents.recordGiven(curator, world.schoolA(), new GiveConsent(person, ConsentPurpose.PERSONAL_DATA,
                LocalDate.now().minusDays(1), null, null));
        if (mentor) {
            consents.recordGiven(curator, world.schoolA(), new GiveConsent(person, ConsentPurpose.MENTORING_DUTIES,
                    LocalDate.now().minusDays(1), null, null));
        }
        return person;
    }

    private Integer lastRead(Fixtures.World world, String details) {
        return jdbc.queryForObject("select cardinality(subject_ids) from audit_entry where organisation_id = ? "
                + "and action = 'READ' and details = ? order by id desc limit 1", Integer.class, world.schoolA().value(),
                details);
    }
}
