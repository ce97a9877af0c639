package ru.nastavnik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

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
    StaffManagement staff;
    @Autowired
    ConsentManagement consents;
    @Autowired
    BankManagement banks;
    @Autowired
    Matching matching;
    @Autowired
    ProposalApproval approval;

    @Test
    void theMainListsAndTheRoadmapDoNotQueryPerRow() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        grow(curator, world, 2);
        Map<String, Integer> small = measure(curator, world);
        grow(curator, world, 10);
        Map<String, Integer> large = measure(curator, world);
        assertThat(large).as("queries per page with 12 pairs, against 2 pairs").isEqualTo(small);
    }

    private void grow(NastavnikPrincipal curator, Fixtures.World world, int pairs) {
        for (int i = 0; i < pairs; i++) {
            String mentor = person(curator, world, "Наставникова", true);
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

    private Map<String, Integer> measure(NastavnikPrincipal curator, Fixtures.World world) throws Exception {
        String org = world.schoolA().toString();
        String api = "/api/v1/organisations/" + org;
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String page : List.of("/roadmap", "/bank/mentors", "/bank/mentees", "/people/staff", "/mentorship/pairs", "/mentorship/pairs/new",
                "/consent/consents", "/mentorship/waiting", "/mentorship/programmes", "/mentorship/orders",
                api + "/staff", api + "/mentors", api + "/mentees", api + "/mentorships", api + "/consents",
                api + "/programmes", api + "/waiting-mentees", api + "/orders", api + "/mentors?q=наставникова",
                api + "/mentors?includeLeft=true", "/api/v1/users?organisationId=" + org)) {
            QueryCounter.reset();
            // the API lists are asked for pages of one: with 2 pairs as with 12 their rows go beyond one page
            int status = mvc.perform(get(page).param("organisation", org).param("size", page.startsWith("/api/") ? "1" : "50")
                    .with(user(curator))).andReturn().getResponse().getStatus();
            assertThat(status).as(page).isEqualTo(200);
            counts.put(page, QueryCounter.count());
        }
        return counts;
    }
}
