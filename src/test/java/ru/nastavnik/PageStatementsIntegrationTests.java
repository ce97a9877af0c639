package ru.nastavnik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.bank.BankFixtures;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.mentorship.internal.NewMentorship;
import ru.nastavnik.mentorship.internal.PairManagement;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffAccounts;
import ru.nastavnik.roadmap.internal.ActivityEdit;
import ru.nastavnik.roadmap.internal.RoadmapPlans;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Every SQL statement a page's request prepares, counted at the JDBC driver (Hibernate's, the JDBC client's, the
 * audit's and the event registry's alike): the roadmap, the staff list, both banks, the pairs and the cabinets of a
 * mentor and of a mentee run a small fixed number, the same with 2 pairs as with 10, with more orders registered, a
 * mentor of three mentees instead of one and five more activities in the plan. A statement per row (N+1) fails the
 * equality (the mentor's cabinet ran 18 statements with one mentee and 28 with three); a page that reads the same thing
 * over and over fails its bound.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PageStatementsIntegrationTests {

    /**
     * What each page needs today (6 December 2026: 21, 5, 11, 7, 7, 16 and 16, of which two are the session's row
     * written by MockMvc's first request; 27, 6, 14, 10, 8, 16 and 16 before an organisation's kind and parents were
     * kept by each node, {@code OrganisationFacts}, and its zone read once a request, {@code OrganisationDates}) with
     * two to spare; a page that grows past it reads something twice.
     */
    static final Map<String, Integer> BOUNDS = Map.of(
            "/roadmap", 23,
            "/people/staff", 7,
            "/bank/mentors", 13,
            "/bank/mentees", 9,
            "/mentorship/pairs", 9,
            "/mentorship/my (наставник)", 18,
            "/mentorship/my (наставляемый)", 18);

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    BankFixtures banks;

    @Autowired
    PairManagement mentorships;

    @Autowired
    PairedSchool school;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    RoadmapPlans plans;

    @Test
    void theRoadmapTheListsAndTheCabinetsRunAFewStatementsHoweverManyRowsTheyShow() throws Exception {
        Fixtures.World world = fixtures.world();
        OrganisationId org = world.schoolA();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, org);
        LocalDate consented = SchoolToday.date().minusDays(2);
        PersonId mentor = banks.aMentor(curator, org, "Морозова")
                .named("Вера", "Павловна")
                .consentedOn(consented)
                .consenting(ConsentPurpose.MENTORING_DUTIES)
                .competences("parents")
                .places(3)
                .enter();
        PersonId mentee = pairedMentee(curator, org, mentor, "Соловьёва", "П-1-" + world.tag());
        NastavnikPrincipal mentorUser = account(curator, org, mentor, Role.MENTOR);
        NastavnikPrincipal menteeUser = account(curator, org, mentee, Role.MENTEE);
        school.grow(curator, org, Collections.nCopies(1, "Наставникова"));
        // named responsible people are read (and their read audited) once for all of them
        plans.add(curator, org, 1, new ActivityEdit("Мероприятие с ответственной", SchoolToday.date(), mentor));
        // the first view of the roadmap starts the school year's plan (its inserts, once): measured from the second
        mvc.perform(get("/roadmap").with(user(curator)));
        Map<String, List<String>> small = measure(curator, mentorUser, menteeUser, org);

        pairedMentee(curator, org, mentor, "Ершова", "П-2-" + world.tag());
        pairedMentee(curator, org, mentor, "Зайцева", "П-3-" + world.tag());
        school.grow(curator, org, Collections.nCopies(6, "Наставникова"));
        for (int i = 1; i <= 5; i++) {
            plans.add(
                    curator,
                    org,
                    1 + i % 7,
                    new ActivityEdit(
                            "Дополнительное мероприятие " + i,
                            SchoolToday.date().plusDays(i),
                            mentor));
        }
        Map<String, List<String>> large = measure(curator, mentorUser, menteeUser, org);

        small.forEach((page, statements) -> {
            assertThat(large.get(page).size())
                    .as(
                            "%s: statements with more rows, against fewer (then: %s; now: %s)",
                            page, statements, large.get(page))
                    .isEqualTo(statements.size());
            assertThat(statements.size())
                    .as("%s: statements (%s)", page, statements)
                    .isPositive()
                    .isLessThanOrEqualTo(BOUNDS.get(page));
        });
    }

    private PersonId pairedMentee(
            NastavnikPrincipal curator, OrganisationId org, PersonId mentor, String lastName, String order) {
        PersonId mentee = banks.aMentee(curator, org, lastName)
                .named("Вера", "Павловна")
                .consentedOn(SchoolToday.date().minusDays(2))
                .needs("parents")
                .enter();
        var pair = mentorships.create(
                curator,
                org,
                new NewMentorship(
                        List.of(mentor),
                        List.of(mentee),
                        "традиционная (один на один)",
                        SchoolToday.date().minusDays(1),
                        SchoolToday.date().plusMonths(8),
                        null));
        school.startByOrder(curator, org, List.of(pair.id()), order, SchoolToday.date());
        return mentee;
    }

    private NastavnikPrincipal account(NastavnikPrincipal curator, OrganisationId org, PersonId person, Role role) {
        NastavnikPrincipal created = fixtures.user(role, org);
        accounts.link(curator, org, person, created.getUsername(), true);
        return created;
    }

    private Map<String, List<String>> measure(
            NastavnikPrincipal curator, NastavnikPrincipal mentor, NastavnikPrincipal mentee, OrganisationId org)
            throws Exception {
        Map<String, List<String>> statements = new LinkedHashMap<>();
        for (String page :
                List.of("/roadmap", "/people/staff", "/bank/mentors", "/bank/mentees", "/mentorship/pairs")) {
            statements.put(page, statements(page, curator, org));
        }
        statements.put("/mentorship/my (наставник)", statements("/mentorship/my", mentor, org));
        statements.put("/mentorship/my (наставляемый)", statements("/mentorship/my", mentee, org));
        return statements;
    }

    private List<String> statements(String page, NastavnikPrincipal who, OrganisationId org) throws Exception {
        StatementCountingDriver.record();
        int status;
        List<String> recorded;
        try {
            status = mvc.perform(get(page).param("organisation", org.toString()).with(user(who)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
        } finally {
            recorded = StatementCountingDriver.stop();
        }
        assertThat(status).as(page).isEqualTo(200);
        return recorded.stream().map(s -> s.replaceAll("\\s+", " ")).toList();
    }
}
