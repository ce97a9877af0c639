package ru.nastavnik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.bank.BankFixtures;
import ru.nastavnik.bank.BankManagement;
import ru.nastavnik.bank.MenteeCategory;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.matching.Matching;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.ProposalApproval;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.programme.Programmes;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.survey.internal.QuestionnaireDetails;
import ru.nastavnik.survey.internal.QuestionnaireManagement;
import ru.nastavnik.survey.internal.SurveyDistribution;

/**
 * Every page and API call that shows a person's data leaves a record in the school's audit log (152-ФЗ). The lists
 * below take no person's id and are named by hand; every route that takes one is found in the handler mappings and
 * walked, for another school's person and the school's own, by {@link PersonIdRoutesWalkIntegrationTests}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PersonalDataReadsAuditedIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ru.nastavnik.training.internal.ExternalCourses courses;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffManagement staff;

    @Autowired
    ConsentManagement consents;

    @Autowired
    BankManagement banks;

    @Autowired
    BankFixtures bankFixtures;

    @Autowired
    Matching matching;

    @Autowired
    ProposalApproval approval;

    @Autowired
    Programmes programmes;

    @Autowired
    QuestionnaireManagement questionnaires;

    @Autowired
    SurveyDistribution distribution;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ru.nastavnik.people.StaffAccounts accounts;

    @Autowired
    ru.nastavnik.training.internal.MasteryChecks checks;

    @Autowired
    ru.nastavnik.training.internal.MentorCourses mentorCourses;

    @Autowired
    ru.nastavnik.training.internal.CheckAttempts attempts;

    @Test
    void everyRouteThatShowsAPersonRecordsTheRead() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal director = fixtures.user(Role.DIRECTOR, world.schoolA());
        String mentor = bankFixtures
                .aMentor(director, world.schoolA(), "Наставникова")
                .consenting(ConsentPurpose.MENTORING_DUTIES)
                .enter()
                .toString();
        String mentee = bankFixtures
                .aMentee(director, world.schoolA(), "Новикова")
                .enter()
                .toString();
        bankFixtures
                .aMentee(director, world.schoolA(), "Ожидающая")
                .category(MenteeCategory.NEW_EMPLOYEE)
                .needs("fgos")
                .enter();
        var run = matching.run(director, world.schoolA(), null);
        String pair = approval.approve(
                        director,
                        world.schoolA(),
                        List.of(run.proposals().get(0).id()),
                        "индивидуальная",
                        SchoolToday.date().plusDays(1),
                        SchoolToday.date().plusMonths(9))
                .get(0)
                .id()
                .toString();
        String programme =
                programmes.create(director, MentorshipId.of(pair)).id().toString();
        var questionnaire = questionnaires.create(
                director, world.schoolA(), "needs", new QuestionnaireDetails(null, null, null, false, null));
        questionnaires.open(director, questionnaire.id());
        distribution.invite(director, questionnaire.id(), List.of(mentee), List.of());
        String course = courses.record(
                        director,
                        world.schoolA(),
                        ru.nastavnik.people.PersonId.of(mentor),
                        new ru.nastavnik.training.internal.CourseDraft(
                                "ИРО", "Наставничество", 72, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 20)),
                        null,
                        null)
                .id()
                .toString();
        String attempt = attempt(director, world, mentor);
        String q = questionnaire.id().toString();
        String org = world.schoolA().toString();
        String api = "/api/v1/organisations/" + org;

        List<String> routes = List.of(
                "/people/staff",
                "/people/staff/" + mentee,
                "/bank/mentees",
                "/bank/mentors",
                "/bank/persons/" + mentee,
                "/bank/mentees/" + mentee + "/edit",
                "/bank/mentors/" + mentor + "/edit",
                "/bank/mentors?who=Нов",
                "/consent/consents",
                "/consent/persons/" + mentee,
                "/mentorship/pairs",
                "/mentorship/pairs/new",
                "/mentorship/pairs/" + pair,
                "/mentorship/programmes",
                "/mentorship/programmes/" + programme,
                "/mentorship/waiting",
                "/survey/questionnaires/" + q + "/invitations",
                "/organisation/organisations/" + org,
                api + "/staff",
                api + "/staff/" + mentee,
                api + "/mentees",
                api + "/mentors",
                api + "/bank-history/" + mentee,
                api + "/consents",
                api + "/mentorships",
                api + "/mentorships/" + pair,
                api + "/programmes",
                "/api/v1/programmes/" + programme,
                api + "/waiting-mentees",
                api + "/questionnaires/" + q + "/invitations",
                "/api/v1/users?organisationId=" + org,
                "/training/courses",
                "/training/persons/" + mentor + "/record",
                api + "/courses",
                api + "/courses/" + course,
                api + "/persons/" + mentor + "/training-record",
                "/training/check-attempts",
                "/training/check-attempts/" + attempt,
                api + "/check-attempts",
                api + "/check-attempts/" + attempt);
        for (String route : routes) {
            long before = entries(world);
            int status = mvc.perform(get(route).param("organisation", org).with(user(director)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(route).isEqualTo(200);
            assertThat(entries(world))
                    .as("an audit record of the read on " + route)
                    .isGreaterThan(before);
        }
    }

    /** The mentor (her account linked) answers a mastery check with free text: the attempt waits for review. */
    private String attempt(NastavnikPrincipal director, Fixtures.World world, String mentor) {
        NastavnikPrincipal account = fixtures.user(Role.MENTOR, world.schoolA());
        accounts.link(director, world.schoolA(), ru.nastavnik.people.PersonId.of(mentor), account.getUsername(), true);
        var check = checks.publish(director, world.schoolA(), "Проверка знаний");
        check = checks.addQuestion(
                director,
                check.id(),
                new ru.nastavnik.survey.Question(
                        "new",
                        ru.nastavnik.survey.QuestionType.TEXT,
                        "План встречи",
                        null,
                        true,
                        List.of(),
                        null,
                        null,
                        1),
                0L);
        check = checks.passMark(director, check.id(), 1, check.version());
        var course = mentorCourses.publish(director, world.schoolA(), "Школа наставника", null);
        course = mentorCourses.addStep(
                director,
                course.id(),
                new ru.nastavnik.training.internal.NewStep(
                        ru.nastavnik.training.internal.StepKind.CHECK, null, null, null, null, check.id()),
                0L);
        return attempts.submit(
                        account, course.id(), course.steps().get(0).id(), java.util.Map.of("q1", List.of("Знакомство")))
                .id()
                .toString();
    }

    @Autowired
    ru.nastavnik.events.EventPeople eventPeople;

    @Test
    void everyEventRouteThatShowsItsParticipantsRecordsTheRead() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal director = fixtures.user(Role.DIRECTOR, world.schoolA());
        var mentor = eventPeople.teacher(director, world.schoolA(), Role.MENTOR, "Участникова");
        String school = world.schoolA().toString();
        java.time.LocalDateTime start =
                java.time.LocalDateTime.now().plusDays(3).withNano(0);
        String event = com.jayway.jsonpath.JsonPath.read(
                mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                        "/api/v1/organisations/" + school + "/events")
                                .with(user(director))
                                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                                .content("{\"kind\":\"CONSULTATION\",\"title\":\"К\","
                                        + "\"startsAt\":\"" + start + "\",\"endsAt\":\"" + start.plusHours(1)
                                        + "\",\"place\":\"Каб. 5\","
                                        + "\"schools\":[\"" + school + "\"]}"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/api/v1/events/" + event + "/registration")
                .with(user(mentor.user())));
        for (String route : List.of(
                "/events/" + event,
                "/api/v1/events/" + event,
                "/events/participation",
                "/api/v1/organisations/" + school + "/event-participation")) {
            long before = entries(world);
            int status = mvc.perform(get(route).param("organisation", school).with(user(director)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(route).isEqualTo(200);
            assertThat(entries(world))
                    .as("an audit record of the read on " + route)
                    .isGreaterThan(before);
        }
        // finding people to invite by name shows their names too
        for (String route : List.of("/events/invitees", "/api/v1/organisations/" + school + "/event-invitees")) {
            long before = entries(world);
            String body = mvc.perform(get(route)
                            .param("organisation", school)
                            .param("q", "Участникова")
                            .with(user(director)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(body).as(route).contains("Участникова");
            assertThat(entries(world))
                    .as("an audit record of the read on " + route)
                    .isGreaterThan(before);
        }
    }

    @Autowired
    ru.nastavnik.practices.PracticeShelf shelf;

    @Test
    void everyPracticeRouteThatShowsItsAuthorsRecordsTheReadInTheirSchool() throws Exception {
        // the contest DOCX records a GENERATE of its authors (PracticeDocumentIntegrationTests)
        Fixtures.World world = fixtures.world();
        var practice = shelf.accepted(world.schoolA(), "Практика с авторами", "Описание");
        NastavnikPrincipal municipal = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality());
        String school = "/api/v1/organisations/" + world.schoolA() + "/practices/" + practice.id();
        String area = "/api/v1/organisations/" + world.municipality() + "/practices/" + practice.id();
        for (var route : List.of(
                java.util.Map.entry("/practices/" + practice.id(), practice.curator()),
                java.util.Map.entry(school, practice.curator()),
                java.util.Map.entry("/practices/" + practice.id(), municipal),
                java.util.Map.entry(area, municipal))) {
            long before = entries(world);
            int status = mvc.perform(get(route.getKey()).with(user(route.getValue())))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(route.getKey()).isEqualTo(200);
            assertThat(entries(world))
                    .as("an audit record of the read on " + route.getKey())
                    .isGreaterThan(before);
        }
    }

    private long entries(Fixtures.World world) {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where organisation_id = ? and action = 'READ'",
                Long.class,
                world.schoolA().value());
    }
}
