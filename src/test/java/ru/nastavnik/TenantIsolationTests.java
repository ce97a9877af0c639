package ru.nastavnik;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import ru.nastavnik.bank.BankManagement;
import ru.nastavnik.bank.MenteeCategory;
import ru.nastavnik.bank.MenteeRequest;
import ru.nastavnik.bank.MentorRequest;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.GiveConsent;
import ru.nastavnik.matching.Matching;
import ru.nastavnik.mentorship.OrderRegister;
import ru.nastavnik.mentorship.ProposalApproval;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.survey.QuestionnaireId;
import ru.nastavnik.survey.internal.QuestionnaireDetails;
import ru.nastavnik.survey.internal.QuestionnaireManagement;
import ru.nastavnik.survey.internal.SurveyDistribution;

/**
 * A user of school A gets 404 for everything of school B: not even the existence of a record leaks. These lists and
 * the {@code <Feature>IsolationTests} beside each feature are checked for completeness by
 * {@link IsolationCoverageTests}: every route that takes an organisation or an entity id must be refused in one of
 * them (or be exempt in {@link IsolationExemptions} with its reason). See docs/isolation.md.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TenantIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffManagement staff;

    @Autowired
    QuestionnaireManagement questionnaires;

    @Autowired
    SurveyDistribution distribution;

    @Autowired
    ConsentManagement consents;

    @Autowired
    BankManagement banks;

    @Autowired
    Matching matching;

    @Autowired
    ProposalApproval approval;

    @Autowired
    OrderRegister orders;

    @Autowired
    ru.nastavnik.mentorship.internal.RegulationOrders regulationOrders;

    @Autowired
    ru.nastavnik.mentorship.internal.RegulationVersionManagement regulationVersions;

    @Autowired
    ru.nastavnik.programme.Programmes programmes;

    @Autowired
    ru.nastavnik.practices.Practices practices;

    @Autowired
    ru.nastavnik.training.internal.MaterialManagement materials;

    @Autowired
    ru.nastavnik.training.internal.ExternalCourses courses;

    @Autowired
    ru.nastavnik.training.internal.MentorCourses mentorCourses;

    @Autowired
    ru.nastavnik.training.internal.MasteryChecks masteryChecks;

    @Autowired
    ru.nastavnik.training.internal.CheckAttempts checkAttempts;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    ru.nastavnik.audit.AuditLog auditLog;

    @Autowired
    ru.nastavnik.bank.Vocabulary vocabulary;

    Fixtures.World world;
    NastavnikPrincipal curatorOfA;
    String personOfB;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        curatorOfA = fixtures.user(Role.CURATOR, world.schoolA());
        NastavnikPrincipal directorOfB = fixtures.user(Role.DIRECTOR, world.schoolB());
        personOfB = staff.create(directorOfB, world.schoolB(), Fixtures.teacher("Иванова", "Мария", "Петровна"))
                .id()
                .toString();
    }

    @Test
    void everyStaffPageOfAnotherSchoolIsNotFound() throws Exception {
        String b = world.schoolB().toString();
        List<RequestBuilder> requests = List.of(
                get("/people/staff").param("organisation", b),
                get("/people/staff/new").param("organisation", b),
                post("/people/staff")
                        .param("organisation", b)
                        .param("lastName", "Х")
                        .with(csrf()),
                get("/people/staff/" + personOfB),
                get("/people/staff/" + personOfB + "/edit"),
                post("/people/staff/" + personOfB).param("lastName", "Взлом").with(csrf()),
                post("/people/staff/" + personOfB + "/archive").with(csrf()),
                post("/people/staff/" + personOfB + "/restore").with(csrf()),
                get("/people/staff/import").param("organisation", b),
                multipart("/people/staff/import")
                        .file(csv())
                        .param("organisation", b)
                        .with(csrf()),
                get("/people/staff/export").param("organisation", b),
                get("/people/staff/import/" + java.util.UUID.randomUUID() + "/left-out"),
                get("/audit/entries").param("organisation", b),
                get("/organisation/organisations/" + b),
                post("/organisation/organisations/" + b + "/requisites")
                        .param("inn", "1234567894")
                        .with(csrf()),
                get("/consent/persons/" + personOfB),
                post("/consent/persons/" + personOfB + "/given")
                        .param("purpose", "PERSONAL_DATA")
                        .param("givenOn", "2026-01-01")
                        .with(csrf()),
                get("/consent/persons/" + personOfB + "/form").param("purpose", "PERSONAL_DATA"),
                get("/consent/persons/" + personOfB + "/subject-access"),
                get("/consent/consents").param("organisation", b),
                post("/consent/forms")
                        .param("organisation", b)
                        .param("purpose", "PERSONAL_DATA")
                        .param("person", personOfB)
                        .with(csrf()),
                get("/documents/templates").param("organisation", b),
                get("/bank/mentees").param("organisation", b),
                get("/bank/mentors").param("organisation", b),
                post("/bank/mentees")
                        .param("organisation", b)
                        .param("personId", personOfB)
                        .param("category", "ON_REQUEST")
                        .param("needs", "fgos")
                        .with(csrf()),
                post("/bank/mentors/" + personOfB + "/leave")
                        .param("organisation", b)
                        .with(csrf()),
                post("/bank/mentors/batch")
                        .param("organisation", b)
                        .param("personId", personOfB)
                        .param("competences", "discipline")
                        .with(csrf()),
                post("/bank/mentees/batch")
                        .param("organisation", b)
                        .param("personId", personOfB)
                        .param("category", "ON_REQUEST")
                        .param("needs", "fgos")
                        .with(csrf()),
                post("/bank/mentors/training")
                        .param("organisation", b)
                        .param("personId", personOfB)
                        .param("trainingStatus", "TRAINED")
                        .with(csrf()),
                get("/bank/mentors/" + personOfB + "/edit").param("organisation", b),
                get("/bank/mentees/" + personOfB + "/edit").param("organisation", b),
                post("/bank/mentors/" + personOfB)
                        .param("organisation", b)
                        .param("competences", "discipline")
                        .param("version", "0")
                        .with(csrf()),
                post("/bank/mentees/" + personOfB)
                        .param("organisation", b)
                        .param("category", "ON_REQUEST")
                        .param("needs", "fgos")
                        .param("version", "0")
                        .with(csrf()),
                get("/bank/mentors").param("organisation", b).param("who", "Иванова"),
                post("/consent/consents/given")
                        .param("organisation", b)
                        .param("purpose", "PERSONAL_DATA")
                        .param("consent", java.util.UUID.randomUUID().toString())
                        .param("givenOn", "2026-01-01")
                        .with(csrf()),
                multipart("/consent/consents/scan-parts")
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "scan", "s.pdf", "application/pdf", new byte[] {'%', 'P', 'D', 'F'}))
                        .param("organisation", b)
                        .param("purpose", "PERSONAL_DATA")
                        .param("pages-" + java.util.UUID.randomUUID(), "1")
                        .with(csrf()),
                post("/bank/mentees/" + personOfB + "/return")
                        .param("organisation", b)
                        .with(csrf()),
                get("/bank/mentees/export").param("organisation", b),
                get("/bank/persons/" + personOfB),
                post("/bank/settings")
                        .param("organisation", b)
                        .param("defaultCapacity", "1")
                        .param("maxCapacity", "2")
                        .param("version", "0")
                        .with(csrf()),
                post("/bank/settings/forms")
                        .param("organisation", b)
                        .param("form", "групповая")
                        .param("version", "0")
                        .with(csrf()),
                get("/bank/shared").param("organisation", world.municipality().toString()),
                get("/documents/templates/consent-personal-data").param("organisation", b),
                post("/documents/templates/consent-personal-data/reset")
                        .param("organisation", b)
                        .with(csrf()),
                multipart("/documents/templates/consent-personal-data")
                        .file(docx())
                        .param("organisation", b)
                        .with(csrf()),
                post("/bank/mentors")
                        .param("organisation", b)
                        .param("personId", personOfB)
                        .param("competences", "discipline")
                        .with(csrf()),
                post("/people/staff/" + personOfB + "/account")
                        .param("username", curatorOfA.getUsername())
                        .with(csrf()),
                // an import's token lives in its uploader's session: another school's is as unknown here as this one
                post("/people/staff/import/" + java.util.UUID.randomUUID())
                        .param("action", "import")
                        .with(csrf()));
        for (RequestBuilder request : requests) {
            var response = mvc.perform(withUser(request)).andReturn();
            org.assertj.core.api.Assertions.assertThat(response.getResponse().getStatus())
                    .as(response.getRequest().getMethod() + " "
                            + response.getRequest().getRequestURI())
                    .isEqualTo(404);
        }
        // the vocabulary of requests and competences refuses any organisation but the caller's own by role (403)
        CrossTenant.refused(
                mvc,
                curatorOfA,
                403,
                List.of(
                        post("/bank/topics")
                                .param("organisation", b)
                                .param("title", "Взлом")
                                .with(csrf()),
                        post("/api/v1/organisations/" + b + "/topics")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"title\":\"Взлом\"}")));
        org.assertj.core.api.Assertions.assertThat(vocabulary.of(world.schoolB()))
                .noneMatch(t -> t.title().equals("Взлом"));
        assertCallersLogLearnedNothingOf(personOfB);
    }

    @Test
    void everyStaffApiCallForAnotherSchoolIsNotFound() throws Exception {
        String b = "/api/v1/organisations/" + world.schoolB();
        String aWithBsPerson = "/api/v1/organisations/" + world.schoolA() + "/staff/" + personOfB;
        String userOfB =
                "/api/v1/users/" + fixtures.user(Role.CURATOR, world.schoolB()).id();
        List<RequestBuilder> requests = List.of(
                get(b),
                post(userOfB + "/block").contentType(MediaType.APPLICATION_JSON).content("{\"revokeTokens\":true}"),
                post(userOfB + "/unblock"),
                get(b + "/staff"),
                post(b + "/staff").contentType(MediaType.APPLICATION_JSON).content("{}"),
                get(b + "/staff/" + personOfB),
                put(b + "/staff/" + personOfB)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"),
                delete(b + "/staff/" + personOfB),
                multipart(b + "/staff/import").file(csv()),
                get(b + "/staff/export"),
                get(b + "/audit"),
                get(b + "/consents"),
                get(b + "/consents/missing").param("purpose", "PERSONAL_DATA"),
                post(b + "/consents")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":\"" + personOfB
                                + "\",\"purpose\":\"PERSONAL_DATA\",\"givenOn\":\"2026-01-01\"}"),
                get(b + "/consents/form").param("personId", personOfB).param("purpose", "PERSONAL_DATA"),
                post(b + "/consents/forms")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"purpose\":\"PERSONAL_DATA\",\"personIds\":[\"" + personOfB + "\"]}"),
                get(b + "/consents/persons/" + personOfB + "/subject-access"),
                get(b + "/document-templates"),
                get(b + "/topics"),
                get(b + "/mentees"),
                get(b + "/mentors"),
                post(b + "/mentors")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":\"" + personOfB + "\"}"),
                post(b + "/mentors/batch")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personIds\":[\"" + personOfB + "\"],\"competences\":[\"discipline\"]}"),
                post(b + "/mentees/batch")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personIds\":[\"" + personOfB
                                + "\"],\"category\":\"ON_REQUEST\",\"needs\":[\"fgos\"]}"),
                post(b + "/mentors/training")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personIds\":[\"" + personOfB + "\"],\"trainingStatus\":\"TRAINED\"}"),
                post("/api/v1/organisations/" + world.schoolA() + "/mentors/training")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personIds\":[\"" + personOfB + "\"],\"trainingStatus\":\"TRAINED\"}"),
                post("/api/v1/organisations/" + world.schoolA() + "/mentors/batch")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personIds\":[\"" + personOfB + "\"],\"competences\":[\"discipline\"]}"),
                post(b + "/consents/received")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"consentIds\":[\"" + java.util.UUID.randomUUID()
                                + "\"],\"givenOn\":\"2026-01-01\"}"),
                multipart(b + "/consents/scan-parts")
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "file", "s.pdf", "application/pdf", new byte[] {'%', 'P', 'D', 'F'}))
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "parts",
                                "",
                                "application/json",
                                ("[{\"consentId\":\"" + java.util.UUID.randomUUID() + "\",\"pages\":\"1\"}]")
                                        .getBytes())),
                get(b + "/bank-history/" + personOfB),
                post(b + "/mentees/" + personOfB + "/return"),
                get(b + "/mentors/export"),
                get(b + "/mentors/" + personOfB),
                put(b + "/mentors/" + personOfB)
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"competences\":[\"discipline\"]}"),
                get(b + "/mentees/" + personOfB),
                put(b + "/mentees/" + personOfB)
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"ON_REQUEST\",\"needs\":[\"fgos\"]}"),
                get("/api/v1/organisations/" + world.schoolA() + "/mentors/" + personOfB),
                put("/api/v1/organisations/" + world.schoolA() + "/mentees/" + personOfB)
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"ON_REQUEST\",\"needs\":[\"fgos\"]}"),
                get(b + "/bank-settings"),
                put(b + "/bank-settings")
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"defaultCapacity\":1,\"maxCapacity\":2}"),
                get(b + "/mentoring-forms"),
                put(b + "/mentoring-forms")
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"forms\":[\"групповая\"]}"),
                get("/api/v1/organisations/" + world.municipality() + "/shared-mentors"),
                get("/api/v1/organisations/" + world.municipality() + "/needs-summary"),
                get(b + "/document-templates/consent-personal-data"),
                delete(b + "/document-templates/consent-personal-data"),
                put(b + "/requisites").contentType(MediaType.APPLICATION_JSON).content("{}"),
                get("/api/v1/organisations/" + world.schoolA() + "/consents/form")
                        .param("personId", personOfB)
                        .param("purpose", "PERSONAL_DATA"),
                get(aWithBsPerson),
                put(aWithBsPerson).contentType(MediaType.APPLICATION_JSON).content("{}"),
                delete(aWithBsPerson),
                put(b + "/staff/" + personOfB + "/account")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + curatorOfA.getUsername() + "\"}"),
                put(aWithBsPerson + "/account")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + curatorOfA.getUsername() + "\"}"),
                post(b + "/mentees")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":\"" + personOfB
                                + "\",\"category\":\"ON_REQUEST\",\"needs\":[\"fgos\"]}"),
                post(b + "/mentors/" + personOfB + "/leave"),
                post("/api/v1/organisations/" + world.schoolA() + "/mentors/" + personOfB + "/leave"),
                multipart(org.springframework.http.HttpMethod.PUT, b + "/document-templates/consent-personal-data")
                        .file(docx()));
        for (RequestBuilder request : requests) {
            var response = mvc.perform(withUser(request)).andReturn();
            org.assertj.core.api.Assertions.assertThat(response.getResponse().getStatus())
                    .as(response.getRequest().getMethod() + " "
                            + response.getRequest().getRequestURI())
                    .isEqualTo(404);
        }
        assertCallersLogLearnedNothingOf(personOfB);
    }

    @Test
    void everyQuestionnaireOfAnotherSchoolIsNotFound() throws Exception {
        NastavnikPrincipal directorOfB = fixtures.user(Role.DIRECTOR, world.schoolB());
        String q = questionnaires
                .create(directorOfB, world.schoolB(), "needs", new QuestionnaireDetails(null, null, null, false, null))
                .id()
                .toString();
        questionnaires.open(directorOfB, QuestionnaireId.of(q));
        distribution.invite(directorOfB, QuestionnaireId.of(q), List.of(personOfB), List.of());
        String invitation = distribution
                .invitations(directorOfB, QuestionnaireId.of(q))
                .get(0)
                .id()
                .toString();
        String b = world.schoolB().toString();
        String api = "/api/v1/organisations/" + b;
        String aWithBsQuestionnaire = "/api/v1/organisations/" + world.schoolA() + "/questionnaires/" + q;
        String json = "{\"title\":\"x\",\"purpose\":\"OTHER\"}";
        List<RequestBuilder> requests = List.of(
                get("/survey/questionnaires").param("organisation", b),
                post("/survey/questionnaires")
                        .param("organisation", b)
                        .param("template", "needs")
                        .with(csrf()),
                get("/survey/questionnaires/" + q),
                post("/survey/questionnaires/" + q + "/details")
                        .param("title", "x")
                        .param("purpose", "OTHER")
                        .with(csrf()),
                post("/survey/questionnaires/" + q + "/sections")
                        .param("title", "x")
                        .with(csrf()),
                post("/survey/questionnaires/" + q + "/sections/0/delete").with(csrf()),
                post("/survey/questionnaires/" + q + "/questions")
                        .param("type", "TEXT")
                        .param("text", "x")
                        .with(csrf()),
                post("/survey/questionnaires/" + q + "/questions/q1/delete").with(csrf()),
                post("/survey/questionnaires/" + q + "/questions/q1/move")
                        .param("delta", "1")
                        .with(csrf()),
                post("/survey/questionnaires/" + q + "/open").with(csrf()),
                post("/survey/questionnaires/" + q + "/close").with(csrf()),
                post("/survey/questionnaires/" + q + "/delete").with(csrf()),
                get("/survey/questionnaires/" + q + "/invitations"),
                post("/survey/questionnaires/" + q + "/invitations")
                        .param("groups", "all-staff")
                        .with(csrf()),
                post("/survey/questionnaires/" + q + "/reminders").with(csrf()),
                get("/survey/questionnaires/" + q + "/links"),
                get("/survey/questionnaires/" + q + "/results"),
                get("/survey/questionnaires/" + q + "/results.xlsx"),
                get("/survey/my/" + invitation),
                post("/survey/my/" + invitation + "/draft").param("a-q1", "lt1").with(csrf()),
                post("/survey/my/" + invitation).param("a-q1", "lt1").with(csrf()),
                get(api + "/questionnaires"),
                get(api + "/survey-templates"),
                get(api + "/survey-audiences"),
                post(api + "/questionnaires")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"template\":\"needs\"}"),
                get(api + "/questionnaires/" + q),
                put(api + "/questionnaires/" + q)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json),
                put(api + "/questionnaires/" + q + "/content")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"),
                post(api + "/questionnaires/" + q + "/open"),
                post(api + "/questionnaires/" + q + "/close"),
                delete(api + "/questionnaires/" + q),
                get(api + "/questionnaires/" + q + "/invitations"),
                post(api + "/questionnaires/" + q + "/invitations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"groups\":[\"all-staff\"]}"),
                post(api + "/questionnaires/" + q + "/reminders"),
                get(api + "/questionnaires/" + q + "/links"),
                get(api + "/questionnaires/" + q + "/results"),
                get(api + "/questionnaires/" + q + "/results.xlsx"),
                get(aWithBsQuestionnaire),
                get(aWithBsQuestionnaire + "/links"),
                get("/api/v1/me/questionnaires/" + invitation),
                put("/api/v1/me/questionnaires/" + invitation + "/draft")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"),
                post("/api/v1/me/questionnaires/" + invitation + "/submit")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"));
        for (RequestBuilder request : requests) {
            var response = mvc.perform(withUser(request)).andReturn();
            org.assertj.core.api.Assertions.assertThat(response.getResponse().getStatus())
                    .as(response.getRequest().getMethod() + " "
                            + response.getRequest().getRequestURI())
                    .isEqualTo(404);
        }
        assertCallersLogLearnedNothingOf(personOfB);
    }

    @Test
    void everyPairOrderAndMatchingRunOfAnotherSchoolIsNotFound() throws Exception {
        NastavnikPrincipal directorOfB = fixtures.user(Role.DIRECTOR, world.schoolB());
        String mentorOfB = staff.create(directorOfB, world.schoolB(), Fixtures.teacher("Сидорова", "Ольга", "Ивановна"))
                .id()
                .toString();
        for (String person : List.of(personOfB, mentorOfB)) {
            consents.recordGiven(
                    directorOfB,
                    world.schoolB(),
                    new GiveConsent(
                            person,
                            ConsentPurpose.PERSONAL_DATA,
                            SchoolToday.date().minusDays(1),
                            null,
                            null));
        }
        banks.saveMentee(
                directorOfB,
                world.schoolB(),
                new MenteeRequest(personOfB, MenteeCategory.ON_REQUEST, null, List.of("parents"), null));
        banks.saveMentor(
                directorOfB,
                world.schoolB(),
                new MentorRequest(mentorOfB, List.of("parents"), null, 1, List.of(), null, null, false));
        var run = matching.run(directorOfB, world.schoolB(), null);
        String proposal = run.proposals().get(0).id().toString();
        String pair = approval.approve(
                        directorOfB,
                        world.schoolB(),
                        List.of(run.proposals().get(0).id()),
                        "групповая",
                        java.time.LocalDate.of(2026, 12, 1),
                        java.time.LocalDate.of(2027, 5, 31))
                .get(0)
                .id()
                .toString();
        String programme = programmes
                .create(directorOfB, ru.nastavnik.mentorship.MentorshipId.of(pair))
                .id()
                .toString();
        var programmeBefore = programmes.card(directorOfB, java.util.UUID.fromString(programme));
        String activity = programmeBefore.programme().activities().get(0).id().toString();
        String order = orders.draftAssignment(
                        directorOfB, world.schoolB(), List.of(ru.nastavnik.mentorship.MentorshipId.of(pair)))
                .id()
                .toString();
        String practice = practices
                .propose(new ru.nastavnik.practices.NewPractice(
                        world.schoolB(),
                        "Практика",
                        "Описание",
                        List.of(ru.nastavnik.people.PersonId.of(personOfB)),
                        ru.nastavnik.practices.PracticeSourceKind.PROGRAMME,
                        java.util.UUID.fromString(programme)))
                .id()
                .toString();
        String regulation = regulationOrders
                .draftRegulation(directorOfB, world.schoolB(), null, "Иванову")
                .id()
                .toString();
        String versionOfB = regulationVersions
                .list(directorOfB, world.schoolB())
                .get(0)
                .id()
                .toString();
        String b = world.schoolB().toString();
        String api = "/api/v1/organisations/" + b;
        String a = "/api/v1/organisations/" + world.schoolA();
        String template = "{\"goal\":\"x\",\"activities\":[]}";
        List<RequestBuilder> requests = List.of(
                get("/mentorship/orders/" + regulation + "/document.pdf"),
                get("/mentorship/orders/" + regulation + "/appendices/regulation.docx"),
                get("/mentorship/orders/" + regulation + "/appendices/roadmap.pdf"),
                get(api + "/orders/" + regulation + "/document.pdf"),
                get(a + "/orders/" + regulation + "/document.pdf"),
                get(api + "/orders/" + regulation + "/appendices/roadmap.docx"),
                get(a + "/orders/" + regulation + "/appendices/regulation.pdf"),
                get(api + "/regulation/versions"),
                get(api + "/regulation/documents/regulation.docx"),
                get(api + "/regulation/documents/roadmap.pdf"),
                post(a + "/orders/regulation")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"curator\":\"x\",\"regulationVersionId\":\"" + versionOfB + "\"}"),
                post("/mentorship/orders/regulation")
                        .param("organisation", world.schoolA().toString())
                        .param("curator", "x")
                        .param("regulationVersion", versionOfB)
                        .with(csrf()),
                get("/mentorship/programme-templates").param("organisation", b),
                get("/mentorship/programme-templates/YOUNG_SPECIALIST").param("organisation", b),
                post("/mentorship/programme-templates/YOUNG_SPECIALIST")
                        .param("organisation", b)
                        .param("goal", "x")
                        .with(csrf()),
                post("/mentorship/programme-templates/YOUNG_SPECIALIST/reset")
                        .param("organisation", b)
                        .with(csrf()),
                get("/mentorship/programme-templates/needs").param("organisation", b),
                post("/mentorship/programme-templates/needs")
                        .param("organisation", b)
                        .param("rows[0].code", "parents")
                        .with(csrf()),
                post("/mentorship/programme-templates/needs/reset")
                        .param("organisation", b)
                        .with(csrf()),
                get(api + "/programme-templates"),
                get(api + "/programme-templates/YOUNG_SPECIALIST"),
                put(api + "/programme-templates/YOUNG_SPECIALIST")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(template),
                delete(api + "/programme-templates/YOUNG_SPECIALIST"),
                get(api + "/programme-templates/needs"),
                put(api + "/programme-templates/needs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"suggestions\":[]}"),
                delete(api + "/programme-templates/needs"),
                get("/api/v1/programmes/" + programme + "/document.pdf"),
                get("/mentorship/programmes/" + programme + "/document.pdf"),
                get("/mentorship/programmes/" + programme + "/activities/" + activity + "/calendar.ics"),
                get("/api/v1/programmes/" + programme + "/activities/" + activity + "/calendar.ics"),
                get("/api/v1/programmes/" + programme + "/practice"),
                post("/api/v1/programmes/" + programme + "/practice")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"x\",\"summary\":\"y\"}"),
                post("/mentorship/programmes/" + programme + "/practice")
                        .param("title", "x")
                        .param("summary", "y")
                        .with(csrf()),
                get("/practices").param("organisation", b),
                get("/practices/" + practice),
                post("/practices/" + practice + "/accept").with(csrf()),
                post("/practices/" + practice + "/reject").param("reason", "x").with(csrf()),
                get(api + "/practices"),
                get(api + "/practices/" + practice),
                get(a + "/practices/" + practice),
                post(api + "/practices/" + practice + "/accept"),
                post(a + "/practices/" + practice + "/accept"),
                post(api + "/practices/" + practice + "/reject")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"x\"}"),
                post(a + "/practices/" + practice + "/reject")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"x\"}"),
                get("/practices/" + practice + "/edit"),
                post("/practices/" + practice + "/edit")
                        .param("title", "x")
                        .param("summary", "y")
                        .param("version", "0")
                        .with(csrf()),
                post("/practices/" + practice + "/consent")
                        .param("givenOn", "2026-01-01")
                        .param("version", "0")
                        .with(csrf()),
                post("/practices/" + practice + "/proposal")
                        .param("organisation", b)
                        .with(csrf()),
                post("/practices/" + practice + "/proposal")
                        .param("organisation", world.schoolA().toString())
                        .with(csrf()),
                post("/practices/" + practice + "/level-acceptance")
                        .param("organisation", world.municipality().toString())
                        .with(csrf()),
                post("/practices/" + practice + "/return")
                        .param("organisation", world.municipality().toString())
                        .param("comment", "x")
                        .with(csrf()),
                get("/practices/" + practice + "/document"),
                get("/practices/library")
                        .param("organisation", world.municipality().toString()),
                get("/practices/library"),
                put(api + "/practices/" + practice + "/description")
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"x\",\"summary\":\"y\"}"),
                put(a + "/practices/" + practice + "/description")
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"x\",\"summary\":\"y\"}"),
                put(api + "/practices/" + practice + "/distribution-consent")
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"givenOn\":\"2026-01-01\"}"),
                put(a + "/practices/" + practice + "/distribution-consent")
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"givenOn\":\"2026-01-01\"}"),
                post(api + "/practices/" + practice + "/proposal"),
                post(a + "/practices/" + practice + "/proposal"),
                get(api + "/practices/" + practice + "/document"),
                get(a + "/practices/" + practice + "/document"),
                get("/api/v1/organisations/" + world.municipality() + "/practice-library")
                        .param("q", "Практика"),
                get("/api/v1/organisations/" + world.municipality() + "/practice-proposals"),
                post("/api/v1/organisations/" + world.municipality() + "/practice-proposals/" + practice + "/accept"),
                post("/api/v1/organisations/" + world.municipality() + "/practice-proposals/" + practice + "/return")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"comment\":\"x\"}"),
                get("/matching/runs").param("organisation", b),
                post("/matching/runs").param("organisation", b).with(csrf()),
                post("/matching/proposals/dismiss")
                        .param("organisation", b)
                        .param("proposalIds", proposal)
                        .with(csrf()),
                post("/matching/decisions")
                        .param("organisation", b)
                        .param("mentee", personOfB)
                        .param("mentor", mentorOfB)
                        .with(csrf()),
                post("/mentorship/proposals/approve")
                        .param("organisation", b)
                        .param("proposalIds", proposal)
                        .param("form", "групповая")
                        .param("startsOn", "2026-12-01")
                        .param("endsOn", "2027-05-31")
                        .with(csrf()),
                get("/mentorship/pairs").param("organisation", b),
                post("/mentorship/pairs")
                        .param("organisation", b)
                        .param("mentorIds", mentorOfB)
                        .param("menteeIds", personOfB)
                        .param("form", "x")
                        .param("startsOn", "2026-12-01")
                        .param("endsOn", "2027-05-31")
                        .with(csrf()),
                get("/mentorship/pairs/" + pair),
                post("/mentorship/pairs/" + pair + "/pause").with(csrf()),
                post("/mentorship/pairs/" + pair + "/terminate")
                        .param("initiator", "MENTOR")
                        .param("reason", "x")
                        .with(csrf()),
                post("/mentorship/pairs/" + pair + "/mentor")
                        .param("leaving", mentorOfB)
                        .param("coming", mentorOfB)
                        .param("reason", "x")
                        .with(csrf()),
                get("/mentorship/pairs/" + pair + "/agreement").param("mentor", mentorOfB),
                get("/mentorship/pairs/" + pair + "/duties-consent").param("mentor", mentorOfB),
                get("/mentorship/pairs/" + pair + "/agreement.pdf").param("mentor", mentorOfB),
                get("/mentorship/pairs/" + pair + "/duties-consent.pdf").param("mentor", mentorOfB),
                get("/mentorship/orders").param("organisation", b),
                get("/mentorship/waiting").param("organisation", b),
                post("/mentorship/waiting/" + personOfB + "/supports")
                        .param("organisation", b)
                        .param("kind", "GROUP")
                        .with(csrf()),
                post("/mentorship/waiting/" + personOfB + "/supports")
                        .param("organisation", world.schoolA().toString())
                        .param("kind", "GROUP")
                        .with(csrf()),
                post("/mentorship/orders")
                        .param("organisation", b)
                        .param("mentorshipIds", pair)
                        .with(csrf()),
                get("/mentorship/orders/" + order + "/document"),
                get("/mentorship/orders/" + order + "/scan"),
                multipart("/mentorship/orders/" + order + "/register")
                        .file(new MockMultipartFile("scan", "s.pdf", "application/pdf", "%PDF-1.4".getBytes()))
                        .param("number", "1")
                        .param("orderDate", "2026-11-25")
                        .with(csrf()),
                post(api + "/matching-runs"),
                get(api + "/matching-runs/latest"),
                get(api + "/area-proposals"),
                get(api + "/matching-wishes"),
                post(api + "/matching-wishes")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"menteeId\":\"" + personOfB + "\",\"mentorId\":\"" + mentorOfB + "\"}"),
                post("/matching/wishes")
                        .param("organisation", b)
                        .param("mentee", personOfB)
                        .param("mentor", mentorOfB)
                        .with(csrf()),
                get(api + "/mentorships/elsewhere"),
                post("/api/v1/organisations/" + world.municipality() + "/area-matching-runs"),
                get("/api/v1/organisations/" + world.municipality() + "/area-matching-runs/latest"),
                get("/api/v1/organisations/" + world.region() + "/area-matching-runs/latest"),
                get("/matching/area").param("organisation", world.municipality().toString()),
                post("/matching/area")
                        .param("organisation", world.municipality().toString())
                        .with(csrf()),
                post(api + "/proposals/dismiss")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ids\":[\"" + proposal + "\"]}"),
                post(a + "/proposals/dismiss")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ids\":[\"" + proposal + "\"]}"),
                get(api + "/matching-decisions"),
                get(api + "/mentees/" + personOfB + "/suggestions"),
                get(a + "/mentees/" + personOfB + "/suggestions"),
                get("/matching/runs").param("organisation", b).param("suggestFor", personOfB),
                post(api + "/proposals/approve")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"proposalIds\":[\"" + proposal + "\"]}"),
                get(api + "/mentorships"),
                get(api + "/mentorships/" + pair),
                get(a + "/mentorships/" + pair),
                post(api + "/mentorships/" + pair + "/complete"),
                post(api + "/mentorships/" + pair + "/terminate")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"),
                get(api + "/mentorships/" + pair + "/agreement").param("mentor", mentorOfB),
                get(api + "/mentorships/" + pair + "/duties-consent").param("mentor", mentorOfB),
                get(api + "/mentorships/" + pair + "/agreement.pdf").param("mentor", mentorOfB),
                get(api + "/mentorships/" + pair + "/duties-consent.pdf").param("mentor", mentorOfB),
                get(api + "/orders"),
                get(api + "/waiting-mentees"),
                get(api + "/programmes"),
                post(api + "/orders/termination")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mentorshipIds\":[\"" + pair + "\"]}"),
                post(a + "/orders/termination")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mentorshipIds\":[\"" + pair + "\"]}"),
                post(api + "/orders/regulation")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"curator\":\"x\"}"),
                post("/mentorship/orders/regulation")
                        .param("organisation", b)
                        .param("curator", "x")
                        .with(csrf()),
                post(api + "/orders/programmes")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"programmeIds\":[\"" + programme + "\"]}"),
                post(a + "/orders/programmes")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"programmeIds\":[\"" + programme + "\"]}"),
                post("/mentorship/orders/programmes")
                        .param("organisation", b)
                        .param("programmeIds", programme)
                        .with(csrf()),
                post("/mentorship/orders/programmes")
                        .param("organisation", world.schoolA().toString())
                        .param("programmeIds", programme)
                        .with(csrf()),
                post("/api/v1/mentorships/" + pair + "/programme"),
                get("/api/v1/programmes/" + programme),
                get("/api/v1/programmes/" + programme + "/document"),
                post("/api/v1/programmes/" + programme + "/approve"),
                post("/api/v1/programmes/" + programme + "/complete"),
                post("/api/v1/programmes/" + programme + "/activities")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"x\",\"dueOn\":\"2027-01-10\"}"),
                post("/api/v1/programmes/" + programme + "/activities/" + activity + "/done")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"),
                put("/api/v1/programmes/" + programme)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"x\",\"goal\":\"y\"}"),
                put("/api/v1/programmes/" + programme + "/activities/" + activity)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"x\",\"dueOn\":\"2027-01-10\"}"),
                post("/mentorship/programmes/" + programme + "/details")
                        .param("title", "x")
                        .param("goal", "y")
                        .with(csrf()),
                post("/mentorship/programmes/" + programme + "/activities/" + activity)
                        .param("title", "x")
                        .param("dueOn", "2027-01-10")
                        .with(csrf()),
                post("/api/v1/programmes/" + programme + "/meetings")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"),
                post("/api/v1/programmes/" + programme + "/evaluation")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"),
                post("/api/v1/programmes/" + programme + "/comments")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"x\"}"),
                post("/mentorship/programmes/" + programme + "/comments")
                        .param("text", "x")
                        .with(csrf()),
                get("/mentorship/programmes").param("organisation", b),
                get("/mentorship/programmes/" + programme),
                get("/mentorship/programmes/" + programme + "/document"),
                post("/mentorship/pairs/" + pair + "/programme").with(csrf()),
                post("/mentorship/programmes/" + programme + "/approve").with(csrf()),
                post("/mentorship/programmes/" + programme + "/activities")
                        .param("title", "x")
                        .param("dueOn", "2027-01-10")
                        .with(csrf()),
                post("/mentorship/programmes/" + programme + "/activities/" + activity + "/done")
                        .with(csrf()),
                post("/mentorship/programmes/" + programme + "/activities/" + activity + "/delete")
                        .with(csrf()),
                post("/mentorship/programmes/" + programme + "/meetings")
                        .param("topic", "x")
                        .with(csrf()),
                post(api + "/supports")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":\"" + personOfB + "\",\"kind\":\"GROUP\"}"),
                post(a + "/supports")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":\"" + personOfB + "\",\"kind\":\"GROUP\"}"),
                post(api + "/orders")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mentorshipIds\":[\"" + pair + "\"]}"),
                get(api + "/orders/" + order + "/document"),
                get(a + "/orders/" + order + "/document"),
                multipart(api + "/orders/" + order + "/register")
                        .file(new MockMultipartFile("scan", "s.pdf", "application/pdf", "%PDF-1.4".getBytes()))
                        .param("number", "1")
                        .param("orderDate", "2026-11-25"),
                get("/mentorship/orders/" + order + "/gratitude.docx"),
                get(api + "/orders/" + order + "/gratitude.docx"),
                get(a + "/orders/" + order + "/gratitude.docx"),
                get("/mentorship/pairs/new").param("organisation", b),
                post(api + "/mentorships")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mentorIds\":[\"" + mentorOfB
                                + "\"],\"menteeIds\":[\"" + personOfB
                                + "\"],\"form\":\"x\",\"startsOn\":\"2026-12-01\","
                                + "\"endsOn\":\"2027-05-31\"}"),
                post("/mentorship/pairs/" + pair + "/termination/cancel").with(csrf()),
                post(api + "/mentorships/" + pair + "/terminate/cancel"),
                post(a + "/mentorships/" + pair + "/terminate/cancel"),
                post("/mentorship/orders/termination")
                        .param("organisation", b)
                        .param("mentorshipIds", pair)
                        .with(csrf()),
                delete("/api/v1/programmes/" + programme + "/activities/" + activity),
                multipart("/api/v1/programmes/" + programme + "/activities/" + activity + "/evidence")
                        .param("title", "x")
                        .param("url", "https://example.org/x"),
                multipart("/mentorship/programmes/" + programme + "/activities/" + activity + "/evidence")
                        .param("title", "x")
                        .param("url", "https://example.org/x")
                        .with(csrf()),
                get("/mentorship/programmes/" + programme + "/evidence/" + java.util.UUID.randomUUID()),
                get("/api/v1/programmes/" + programme + "/impact"),
                post("/mentorship/programmes/" + programme + "/complete")
                        .param("confirmed", "true")
                        .with(csrf()),
                post("/mentorship/programmes/" + programme + "/evaluation")
                        .param("text", "x")
                        .with(csrf()));
        for (RequestBuilder request : requests) {
            var response = mvc.perform(withUser(request)).andReturn();
            org.assertj.core.api.Assertions.assertThat(response.getResponse().getStatus())
                    .as(response.getRequest().getMethod() + " "
                            + response.getRequest().getRequestURI())
                    .isEqualTo(404);
        }
        assertCallersLogLearnedNothingOf(personOfB, mentorOfB);
        var card = programmes.card(directorOfB, java.util.UUID.fromString(programme));
        org.assertj.core.api.Assertions.assertThat(card.programme().status())
                .isEqualTo(programmeBefore.programme().status());
        org.assertj.core.api.Assertions.assertThat(card.programme().activities())
                .hasSameSizeAs(programmeBefore.programme().activities());
        org.assertj.core.api.Assertions.assertThat(card.evidence()).isEmpty();
        org.assertj.core.api.Assertions.assertThat(card.programme().menteeEvaluation())
                .isNull();
    }

    @Autowired
    ru.nastavnik.bank.BankEntries bankEntries;

    @Autowired
    ru.nastavnik.people.StaffAccounts staffAccounts;

    /**
     * School B's roadmap, its banks changed in bulk or one entry at a time, and the pair in its teachers' cabinets:
     * refused to school A's director, curator and mentor and to methodologists of another district and region —
     * refused without a name in the answer, without a change in B's banks and without a line in A's log.
     */
    @Test
    void theRoadmapTheBankBatchesAndTheCabinetOfAnotherSchoolAreRefusedToEveryOutsider() throws Exception {
        NastavnikPrincipal directorOfB = fixtures.user(Role.DIRECTOR, world.schoolB());
        String mentorOfB = staff.create(
                        directorOfB, world.schoolB(), Fixtures.teacher("Изолированная", "Ольга", "Ивановна"))
                .id()
                .toString();
        String waitingOfB = staff.create(
                        directorOfB, world.schoolB(), Fixtures.teacher("Незаявленная", "Анна", "Ивановна"))
                .id()
                .toString();
        for (String person : List.of(personOfB, mentorOfB, waitingOfB)) {
            consents.recordGiven(
                    directorOfB,
                    world.schoolB(),
                    new GiveConsent(
                            person,
                            ConsentPurpose.PERSONAL_DATA,
                            SchoolToday.date().minusDays(1),
                            null,
                            null));
        }
        consents.recordGiven(
                directorOfB,
                world.schoolB(),
                new GiveConsent(
                        mentorOfB,
                        ConsentPurpose.MENTORING_DUTIES,
                        SchoolToday.date().minusDays(1),
                        null,
                        null));
        banks.saveMentee(
                directorOfB,
                world.schoolB(),
                new MenteeRequest(personOfB, MenteeCategory.ON_REQUEST, null, List.of("parents"), null));
        banks.saveMentor(
                directorOfB,
                world.schoolB(),
                new MentorRequest(mentorOfB, List.of("parents"), null, 1, List.of(), null, null, false));
        var run = matching.run(directorOfB, world.schoolB(), null);
        String pair = approval.approve(
                        directorOfB,
                        world.schoolB(),
                        List.of(run.proposals().get(0).id()),
                        "индивидуальная",
                        SchoolToday.date().plusDays(1),
                        SchoolToday.date().plusMonths(9))
                .get(0)
                .id()
                .toString();
        String programme = programmes
                .create(directorOfB, ru.nastavnik.mentorship.MentorshipId.of(pair))
                .id()
                .toString();
        NastavnikPrincipal teacherOfB = fixtures.user(Role.MENTOR, world.schoolB());
        staffAccounts.link(
                directorOfB,
                world.schoolB(),
                ru.nastavnik.people.PersonId.of(mentorOfB),
                teacherOfB.getUsername(),
                true);
        // the positive control: B's own mentor finds her mentee in her cabinet, so an outsider's empty one means
        // something
        org.assertj.core.api.Assertions.assertThat(
                        mvc.perform(get("/mentorship/my").with(user(teacherOfB)))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                .contains("Иванова");

        var otherDistrict = fixtures.org(
                        "Другой район " + world.tag(),
                        ru.nastavnik.organisation.OrganisationKind.MUNICIPALITY,
                        world.region())
                .id();
        var otherRegion = fixtures.org(
                        "Другой регион " + world.tag(), ru.nastavnik.organisation.OrganisationKind.REGION, null)
                .id();
        List<NastavnikPrincipal> outsiders = List.of(
                fixtures.user(Role.DIRECTOR, world.schoolA()),
                curatorOfA,
                fixtures.user(Role.MENTOR, world.schoolA()),
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, otherDistrict),
                fixtures.user(Role.REGIONAL_METHODOLOGIST, otherRegion));
        String b = world.schoolB().toString();
        String api = "/api/v1/organisations/" + b;
        String a = world.schoolA().toString();
        String activityOfB = roadmapPlans
                .plan(directorOfB, world.schoolB(), null)
                .orElseThrow()
                .stages()
                .get(0)
                .activities()
                .get(0)
                .id()
                .toString();
        List<java.util.function.Supplier<org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder>>
                requests = List.of(
                        () -> get(api + "/roadmap"),
                        () -> get(api + "/roadmap/plan"),
                        () -> get("/roadmap/activities/" + activityOfB),
                        () -> post("/roadmap/activities/" + activityOfB)
                                .param("content", "Чужое")
                                .param("version", "0")
                                .with(csrf()),
                        () -> post("/roadmap/activities/" + activityOfB + "/status")
                                .param("status", "DONE")
                                .param("comment", "чужое")
                                .param("version", "0")
                                .with(csrf()),
                        () -> post("/roadmap/activities/" + activityOfB + "/status/clear")
                                .param("version", "0")
                                .with(csrf()),
                        () -> post("/roadmap/activities/" + activityOfB + "/remove")
                                .with(csrf()),
                        () -> post("/roadmap/activities")
                                .param("organisation", b)
                                .param("stage", "1")
                                .param("content", "Чужое")
                                .with(csrf()),
                        () -> put(api + "/roadmap/activities/" + activityOfB)
                                .header("If-Match", "\"0\"")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"content\":\"Чужое\"}"),
                        () -> put("/api/v1/organisations/" + a + "/roadmap/activities/" + activityOfB)
                                .header("If-Match", "\"0\"")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"content\":\"Чужое\"}"),
                        () -> put(api + "/roadmap/activities/" + activityOfB + "/status")
                                .header("If-Match", "\"0\"")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"status\":\"DONE\",\"comment\":\"x\"}"),
                        () -> delete(api + "/roadmap/activities/" + activityOfB),
                        () -> get(api + "/roadmap/schools"),
                        () -> get(api + "/payment-rules"),
                        () -> get(api + "/inspection-package.zip"),
                        () -> get("/roadmap/package.zip").param("organisation", b),
                        () -> post("/bank/mentors/invite")
                                .param("organisation", b)
                                .with(csrf()),
                        () -> get(api + "/order-series"),
                        () -> post(api + "/orders/completion")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"mentorshipIds\":[\"" + pair + "\"]}"),
                        () -> post("/mentorship/orders/completion")
                                .param("organisation", b)
                                .param("mentorshipIds", pair)
                                .with(csrf()),
                        () -> put(api + "/order-series/ASSIGNMENT")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"suffix\":\"-к\"}"),
                        () -> post("/mentorship/orders/series")
                                .param("organisation", b)
                                .param("kind", "ASSIGNMENT")
                                .param("suffix", "-к")
                                .with(csrf()),
                        () -> post(api + "/payment-rules")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"validFrom\":\"2099-01-01\",\"kind\":\"FIXED\",\"amount\":\"1\"}"),
                        () -> get(api + "/payment-statement"),
                        () -> get(api + "/payment-statement.xlsx"),
                        () -> get(api + "/payment-order.docx"),
                        () -> get("/mentorship/payments/order.pdf").param("organisation", b),
                        () -> get("/mentorship/payments").param("organisation", b),
                        () -> get("/mentorship/payments/statement.xlsx").param("organisation", b),
                        () -> post("/mentorship/payments/rules")
                                .param("organisation", b)
                                .param("validFrom", "2099-01-01")
                                .param("kind", "FIXED")
                                .param("amount", "1")
                                .with(csrf()),
                        () -> get("/roadmap").param("organisation", b),
                        () -> get(api + "/pair-health"),
                        () -> get("/monitoring/pairs").param("organisation", b),
                        () -> get(api + "/indicators"),
                        () -> get("/monitoring/indicators").param("organisation", b),
                        () -> get("/monitoring/indicators.xlsx").param("organisation", b),
                        () -> get("/api/v1/organisations/" + world.municipality() + "/indicators"),
                        () -> get("/monitoring/indicators")
                                .param("organisation", world.municipality().toString()),
                        () -> get("/monitoring/indicators.xlsx")
                                .param("organisation", world.municipality().toString()),
                        () -> get("/roadmap/documents/regulation.docx").param("organisation", b),
                        () -> get("/roadmap/documents/roadmap.pdf").param("organisation", b),
                        () -> post("/bank/mentees/batch")
                                .param("organisation", b)
                                .param("personId", waitingOfB)
                                .param("category", "ON_REQUEST")
                                .param("needs", "fgos")
                                .with(csrf()),
                        () -> post("/bank/mentors/batch")
                                .param("organisation", b)
                                .param("personId", waitingOfB)
                                .param("competences", "discipline")
                                .with(csrf()),
                        () -> post("/bank/mentors/training")
                                .param("organisation", b)
                                .param("personId", mentorOfB)
                                .param("trainingStatus", "TRAINED")
                                .with(csrf()),
                        () -> post("/bank/mentors/training")
                                .param("organisation", a)
                                .param("personId", mentorOfB)
                                .param("trainingStatus", "TRAINED")
                                .with(csrf()),
                        () -> post("/bank/mentees/batch")
                                .param("organisation", a)
                                .param("personId", waitingOfB)
                                .param("category", "ON_REQUEST")
                                .param("needs", "fgos")
                                .with(csrf()),
                        () -> post(api + "/mentees/batch")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"personIds\":[\"" + waitingOfB
                                        + "\"],\"category\":\"ON_REQUEST\",\"needs\":[\"fgos\"]}"),
                        () -> post(api + "/mentors/batch")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"personIds\":[\"" + waitingOfB + "\"],\"competences\":[\"discipline\"]}"),
                        () -> post(api + "/mentors/training")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"personIds\":[\"" + mentorOfB + "\"],\"trainingStatus\":\"TRAINED\"}"),
                        () -> get("/bank/mentors/" + mentorOfB + "/edit").param("organisation", b),
                        () -> get("/bank/mentees/" + personOfB + "/edit").param("organisation", b),
                        () -> get("/bank/mentors/" + mentorOfB + "/edit").param("organisation", a),
                        () -> post("/bank/mentors/" + mentorOfB)
                                .param("organisation", b)
                                .param("competences", "discipline")
                                .param("trainingStatus", "TRAINED")
                                .param("version", "0")
                                .with(csrf()),
                        () -> post("/bank/mentees/" + personOfB)
                                .param("organisation", b)
                                .param("category", "ON_REQUEST")
                                .param("needs", "fgos")
                                .param("version", "0")
                                .with(csrf()),
                        () -> get("/mentorship/programmes/" + programme),
                        () -> get("/api/v1/programmes/" + programme),
                        () -> get(api + "/mentorships/" + pair));
        for (NastavnikPrincipal outsider : outsiders) {
            for (var request : requests) {
                var response = mvc.perform(request.get().with(user(outsider))).andReturn();
                String what =
                        outsider.getUsername() + ": " + response.getRequest().getMethod() + " "
                                + response.getRequest().getRequestURI();
                org.assertj.core.api.Assertions.assertThat(
                                response.getResponse().getStatus())
                        .as(what)
                        .isIn(403, 404);
                org.assertj.core.api.Assertions.assertThat(
                                response.getResponse().getContentAsString())
                        .as(what)
                        .doesNotContain("Изолированная", "Незаявленная", "Иванова");
            }
            for (String mine : List.of("/mentorship/my", "/api/v1/me/programmes")) {
                var response = mvc.perform(get(mine).with(user(outsider))).andReturn();
                org.assertj.core.api.Assertions.assertThat(
                                response.getResponse().getContentAsString())
                        .as(outsider.getUsername() + ": " + mine)
                        .doesNotContain("Изолированная", "Иванова", programme, pair);
            }
        }
        org.assertj.core.api.Assertions.assertThat(bankEntries.menteeIds(world.schoolB()))
                .containsExactly(ru.nastavnik.people.PersonId.of(personOfB));
        org.assertj.core.api.Assertions.assertThat(bankEntries.mentorIds(world.schoolB(), null))
                .containsExactly(ru.nastavnik.people.PersonId.of(mentorOfB));
        org.assertj.core.api.Assertions.assertThat(
                        bankEntries.mentorIds(world.schoolB(), ru.nastavnik.bank.TrainingStatus.TRAINED))
                .isEmpty();
        assertCallersLogLearnedNothingOf(personOfB, mentorOfB, waitingOfB);
        org.assertj.core.api.Assertions.assertThat(roadmapPlans
                        .plan(directorOfB, world.schoolB(), null)
                        .orElseThrow()
                        .stages()
                        .get(0)
                        .activities()
                        .get(0)
                        .content())
                .doesNotContain("Чужое");
    }

    @Autowired
    ru.nastavnik.roadmap.internal.RoadmapPlans roadmapPlans;

    @Autowired
    ru.nastavnik.events.EventPeople eventPeople;

    /**
     * School B's own event and its people's answers to a municipal one: every event page and API call is refused to
     * school A's director, curator and mentor and to methodologists of another district and region; school A sees the
     * municipal event but none of B's registrations or attendance.
     */
    @Test
    void theEventsOfAnotherSchoolAndItsPeoplesRegistrationsAreRefusedToEveryOutsider() throws Exception {
        NastavnikPrincipal curatorOfB = fixtures.user(Role.CURATOR, world.schoolB());
        NastavnikPrincipal methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality());
        var mentorOfB = eventPeople.teacher(curatorOfB, world.schoolB(), Role.MENTOR, "Скрытная");
        java.time.LocalDateTime start =
                java.time.LocalDateTime.now().plusDays(4).withNano(0);
        String b = world.schoolB().toString();
        String a = world.schoolA().toString();
        String schoolEvent = com.jayway.jsonpath.JsonPath.read(
                mvc.perform(post("/api/v1/organisations/" + b + "/events")
                                .with(user(curatorOfB))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(eventJson(start, b)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        String municipal = com.jayway.jsonpath.JsonPath.read(
                mvc.perform(post("/api/v1/organisations/" + world.municipality() + "/events")
                                .with(user(methodologist))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(eventJson(start, a, b)
                                        .replaceFirst("}$", ",\"people\":[\"" + mentorOfB.person() + "\"]}")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        for (String event : List.of(schoolEvent, municipal)) {
            mvc.perform(post("/api/v1/events/" + event + "/registration").with(user(mentorOfB.user())))
                    .andExpect(status().isCreated());
        }
        org.assertj.core.api.Assertions.assertThat(
                        mvc.perform(get("/events/participation").with(user(curatorOfB)))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                .contains("Скрытная");

        var otherDistrict = fixtures.org(
                        "Другой район " + world.tag(),
                        ru.nastavnik.organisation.OrganisationKind.MUNICIPALITY,
                        world.region())
                .id();
        var otherRegion = fixtures.org(
                        "Другой регион " + world.tag(), ru.nastavnik.organisation.OrganisationKind.REGION, null)
                .id();
        NastavnikPrincipal otherDistrictMethodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, otherDistrict);
        List<NastavnikPrincipal> outsiders = List.of(
                fixtures.user(Role.DIRECTOR, world.schoolA()),
                curatorOfA,
                fixtures.user(Role.MENTOR, world.schoolA()),
                otherDistrictMethodologist,
                fixtures.user(Role.REGIONAL_METHODOLOGIST, otherRegion));
        String api = "/api/v1/organisations/" + b;
        String e = "/events/" + schoolEvent;
        String json = eventJson(start, b);
        List<java.util.function.Supplier<org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder>>
                requests = List.of(
                        () -> get("/events").param("organisation", b),
                        () -> get("/events/new").param("organisation", b),
                        () -> post("/events")
                                .param("organisation", b)
                                .param("kind", "SEMINAR")
                                .param("title", "Чужое")
                                .param("startsAt", start.toString())
                                .param("endsAt", start.plusHours(1).toString())
                                .param("place", "Зал")
                                .param("schools", b)
                                .with(csrf()),
                        () -> get(e),
                        () -> get(e + "/edit"),
                        () -> post(e).param("title", "Взлом")
                                .param("version", "0")
                                .with(csrf()),
                        () -> post(e + "/cancel").with(csrf()),
                        () -> post(e + "/held").with(csrf()),
                        () -> post(e + "/agenda/0/practice")
                                .param("practice", "")
                                .param("version", "0")
                                .with(csrf()),
                        () -> put("/api/v1" + e + "/agenda/0/practice")
                                .header("If-Match", "\"0\"")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"practice\":null}"),
                        () -> get(e + "/feedback"),
                        () -> post(e + "/feedback").with(csrf()),
                        () -> get("/api/v1" + e + "/feedback"),
                        () -> post("/api/v1" + e + "/feedback"),
                        () -> post(e + "/registration").with(csrf()),
                        () -> post(e + "/decline").with(csrf()),
                        () -> post(e + "/check-in").param("code", "000000").with(csrf()),
                        () -> post(e + "/attendance")
                                .param("present", mentorOfB.person().toString())
                                .with(csrf()),
                        () -> get("/events/participation").param("organisation", b),
                        () -> get("/events/kinds").param("organisation", b),
                        () -> post("/events/kinds")
                                .param("organisation", b)
                                .param("title", "Чужой вид")
                                .with(csrf()),
                        () -> get(api + "/events"),
                        () -> post(api + "/events")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(json),
                        () -> get("/api/v1" + e),
                        () -> put("/api/v1" + e)
                                .header("If-Match", "\"0\"")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(json),
                        () -> post("/api/v1" + e + "/cancel"),
                        () -> post("/api/v1" + e + "/held"),
                        () -> post("/api/v1" + e + "/registration"),
                        () -> post("/api/v1" + e + "/decline"),
                        () -> post("/api/v1" + e + "/check-in")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"code\":\"000000\"}"),
                        () -> put("/api/v1" + e + "/attendance")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"present\":[\"" + mentorOfB.person() + "\"]}"),
                        () -> get(e + "/calendar.ics"),
                        () -> get("/api/v1" + e + "/calendar.ics"),
                        () -> get(e + "/attendance-sheet"),
                        () -> get(e + "/protocol"),
                        () -> get(e + "/protocol/edit"),
                        () -> post(e + "/protocol")
                                .param("number", "1")
                                .param("chair", "А")
                                .param("secretary", "Б")
                                .param("version", "0")
                                .with(csrf()),
                        () -> get("/api/v1" + e + "/attendance-sheet"),
                        () -> get("/api/v1" + e + "/protocol"),
                        () -> get(e + "/announcement"),
                        () -> get("/api/v1" + e + "/announcement").param("format", "pdf"),
                        () -> post(e + "/certificates").with(csrf()),
                        () -> post("/api/v1" + e + "/certificates"),
                        () -> get(e + "/certificates/" + java.util.UUID.randomUUID()),
                        () -> get(e + "/certificates/" + java.util.UUID.randomUUID() + "/file"),
                        () -> get("/api/v1" + e + "/certificates/" + java.util.UUID.randomUUID()),
                        () -> get("/api/v1" + e + "/certificates/" + java.util.UUID.randomUUID() + "/file"),
                        () -> get(e + "/certificate"),
                        () -> get("/api/v1" + e + "/certificate"),
                        () -> get("/events/invitees").param("organisation", b).param("q", "Скрытная"),
                        () -> get(api + "/event-invitees").param("q", "Скрытная"),
                        () -> put("/api/v1" + e + "/protocol")
                                .header("If-Match", "\"0\"")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"number\":\"1\",\"chair\":\"А\",\"secretary\":\"Б\"}"),
                        () -> get("/api/v1" + e + "/decisions"),
                        () -> post("/api/v1" + e + "/decisions")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"kind\":\"RECOGNISE_BEST\",\"practices\":[]}"),
                        () -> post(e + "/decisions")
                                .param("kind", "RECOGNISE_BEST")
                                .with(csrf()),
                        () -> get(api + "/event-participation"),
                        () -> get(api + "/event-kinds"),
                        () -> post(api + "/event-kinds")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"title\":\"Чужой вид\"}"));
        for (NastavnikPrincipal outsider : outsiders) {
            for (var request : requests) {
                var response = mvc.perform(request.get().with(user(outsider))).andReturn();
                String what =
                        outsider.getUsername() + ": " + response.getRequest().getMethod() + " "
                                + response.getRequest().getRequestURI();
                org.assertj.core.api.Assertions.assertThat(
                                response.getResponse().getStatus())
                        .as(what)
                        .isEqualTo(404);
                org.assertj.core.api.Assertions.assertThat(
                                response.getResponse().getContentAsString())
                        .as(what)
                        .doesNotContain("Скрытная");
            }
        }
        // the municipal event is school A's too, but whom it names in school B and B's mentor's answer are not A's
        // business
        for (String page : List.of(
                "/events/" + municipal,
                "/api/v1/events/" + municipal,
                "/events/participation",
                "/api/v1/organisations/" + a + "/event-participation")) {
            var response = mvc.perform(get(page).with(user(curatorOfA))).andReturn();
            org.assertj.core.api.Assertions.assertThat(response.getResponse().getStatus())
                    .as(page)
                    .isEqualTo(200);
            org.assertj.core.api.Assertions.assertThat(response.getResponse().getContentAsString())
                    .as(page)
                    .doesNotContain("Скрытная", mentorOfB.person().toString());
        }
        org.assertj.core.api.Assertions.assertThat(
                        mvc.perform(get("/api/v1/events/" + municipal).with(user(otherDistrictMethodologist)))
                                .andReturn()
                                .getResponse()
                                .getStatus())
                .isEqualTo(404);
        assertCallersLogLearnedNothingOf(mentorOfB.person().toString());
    }

    private static String eventJson(java.time.LocalDateTime start, String... schools) {
        return "{\"kind\":\"SEMINAR\",\"title\":\"Семинар\",\"startsAt\":\"" + start + "\",\"endsAt\":\""
                + start.plusHours(1) + "\",\"place\":\"Зал\",\"schools\":[\"" + String.join("\",\"", schools) + "\"]}";
    }

    /**
     * A refused request leaves no trace in the caller's own audit log: an entry about another school's person would
     * show her name on the log page, so the log itself would leak what the 404 hid.
     */
    private void assertCallersLogLearnedNothingOf(String... persons) {
        java.util.UUID[] ids =
                java.util.Arrays.stream(persons).map(java.util.UUID::fromString).toArray(java.util.UUID[]::new);
        Long entries = jdbc.queryForObject(
                "select count(*) from audit_entry where organisation_id = ? "
                        + "and (subject_id = any(?) or subject_ids && ?)",
                Long.class,
                world.schoolA().value(),
                ids,
                ids);
        org.assertj.core.api.Assertions.assertThat(entries)
                .as("school A's log entries about school B's people")
                .isZero();
        org.assertj.core.api.Assertions.assertThat(
                        auditLog.of(curatorOfA, world.schoolA(), null, 0, 500).getContent())
                .allSatisfy(entry -> {
                    org.assertj.core.api.Assertions.assertThat(String.valueOf(entry.subjectName()))
                            .doesNotContain("Иванова");
                    org.assertj.core.api.Assertions.assertThat(entry.subjects())
                            .allSatisfy(subject -> org.assertj.core.api.Assertions.assertThat(
                                            String.valueOf(subject.name()))
                                    .doesNotContain("Иванова"));
                });
    }

    @Test
    void everyMaterialOfAnotherSchoolIsNotFound() throws Exception {
        NastavnikPrincipal curatorOfB = fixtures.user(Role.CURATOR, world.schoolB());
        String material = materials
                .publish(
                        curatorOfB,
                        world.schoolB(),
                        ru.nastavnik.training.MaterialKind.FILE,
                        new ru.nastavnik.training.internal.MaterialDraft(
                                "Памятка школы Б",
                                null,
                                null,
                                List.of(),
                                List.of(ru.nastavnik.training.MaterialAudience.MENTORS)),
                        new java.io.ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)),
                        "b.pdf")
                .id()
                .toString();
        String b = world.schoolB().toString();
        String api = "/api/v1/organisations/" + b;
        String aWithBsMaterial = "/api/v1/organisations/" + world.schoolA() + "/materials/" + material;
        MockMultipartFile pdf = new MockMultipartFile(
                "file", "a.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        assertEveryOneNotFound(List.of(
                get("/training/materials").param("organisation", b),
                get("/training/materials/new").param("organisation", b),
                multipart("/training/materials")
                        .file(pdf)
                        .param("organisation", b)
                        .param("kind", "FILE")
                        .param("title", "Х")
                        .param("audiences", "MENTORS")
                        .with(csrf()),
                get("/training/materials/" + material),
                get("/training/materials/" + material + "/edit"),
                post("/training/materials/" + material)
                        .param("title", "Взлом")
                        .param("audiences", "MENTORS")
                        .param("version", "0")
                        .with(csrf()),
                multipart("/training/materials/" + material + "/file").file(pdf).with(csrf()),
                get("/training/materials/" + material + "/files/1"),
                get(api + "/materials"),
                get(api + "/material-topics"),
                multipart(api + "/materials")
                        .file(pdf)
                        .param("kind", "FILE")
                        .param("title", "Х")
                        .param("audiences", "MENTORS"),
                get(api + "/materials/" + material),
                put(api + "/materials/" + material)
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Взлом\",\"audiences\":[\"MENTORS\"]}"),
                multipart(api + "/materials/" + material + "/file").file(pdf),
                get(api + "/materials/" + material + "/files/1"),
                get(aWithBsMaterial),
                put(aWithBsMaterial)
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Взлом\",\"audiences\":[\"MENTORS\"]}"),
                multipart(aWithBsMaterial + "/file").file(pdf),
                get(aWithBsMaterial + "/files/1")));
        org.assertj.core.api.Assertions.assertThat(materials
                        .get(curatorOfB, ru.nastavnik.training.MaterialId.of(material))
                        .title())
                .isEqualTo("Памятка школы Б");
    }

    @Test
    void everyCourseAndTrainingRecordOfAnotherSchoolIsNotFound() throws Exception {
        NastavnikPrincipal curatorOfB = fixtures.user(Role.CURATOR, world.schoolB());
        String course = courses.record(
                        curatorOfB,
                        world.schoolB(),
                        ru.nastavnik.people.PersonId.of(personOfB),
                        new ru.nastavnik.training.internal.CourseDraft(
                                "ИРО",
                                "Курс школы Б",
                                16,
                                java.time.LocalDate.of(2026, 9, 1),
                                java.time.LocalDate.of(2026, 9, 2)),
                        null,
                        null)
                .id()
                .toString();
        String api = "/api/v1/organisations/" + world.schoolB();
        String aWithBsCourse = "/api/v1/organisations/" + world.schoolA() + "/courses/" + course;
        MockMultipartFile scan = new MockMultipartFile(
                "certificate", "a.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        String edit = "{\"provider\":\"Х\",\"title\":\"Взлом\",\"hours\":\"1\",\"startsOn\":\"2026-09-01\","
                + "\"endsOn\":\"2026-09-01\"}";
        assertEveryOneNotFound(List.of(
                get("/training/courses").param("organisation", world.schoolB().toString()),
                get("/training/persons/" + personOfB + "/record"),
                get("/training/persons/" + personOfB + "/record/document"),
                multipart("/training/courses")
                        .file(scan)
                        .param("person", personOfB)
                        .param("provider", "Х")
                        .param("title", "Х")
                        .param("hours", "1")
                        .param("startsOn", "2026-09-01")
                        .param("endsOn", "2026-09-01")
                        .with(csrf()),
                get("/training/courses/" + course + "/edit"),
                post("/training/courses/" + course)
                        .param("provider", "Х")
                        .param("title", "Взлом")
                        .param("hours", "1")
                        .param("startsOn", "2026-09-01")
                        .param("endsOn", "2026-09-01")
                        .param("version", "0")
                        .with(csrf()),
                post("/training/courses/" + course + "/confirm").with(csrf()),
                post("/training/courses/" + course + "/return")
                        .param("comment", "Х")
                        .with(csrf()),
                multipart("/training/courses/" + course + "/certificate")
                        .file(scan)
                        .with(csrf()),
                get("/training/courses/" + course + "/certificate"),
                get(api + "/courses"),
                multipart(api + "/courses")
                        .file(scan)
                        .param("personId", personOfB)
                        .param("provider", "Х")
                        .param("title", "Х")
                        .param("hours", "1")
                        .param("startsOn", "2026-09-01")
                        .param("endsOn", "2026-09-01"),
                get(api + "/courses/" + course),
                put(api + "/courses/" + course)
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(edit),
                post(api + "/courses/" + course + "/confirm"),
                post(api + "/courses/" + course + "/return")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"comment\":\"Х\"}"),
                get(api + "/courses/" + course + "/certificate"),
                get(api + "/persons/" + personOfB + "/training-record"),
                get(api + "/persons/" + personOfB + "/training-record/document"),
                get(aWithBsCourse),
                post(aWithBsCourse + "/confirm"),
                get("/api/v1/organisations/" + world.schoolA() + "/persons/" + personOfB + "/training-record"),
                multipart("/api/v1/organisations/" + world.schoolA() + "/courses")
                        .param("personId", personOfB)
                        .param("provider", "Х")
                        .param("title", "Х")
                        .param("hours", "1")
                        .param("startsOn", "2026-09-01")
                        .param("endsOn", "2026-09-01")));
        org.assertj.core.api.Assertions.assertThat(
                        courses.get(curatorOfB, ru.nastavnik.training.internal.CourseId.of(course))
                                .status())
                .isEqualTo(ru.nastavnik.training.internal.CourseStatus.SUBMITTED);
        assertCallersLogLearnedNothingOf(personOfB);
    }

    @Test
    void everyMentorCourseOfAnotherSchoolIsNotFound() throws Exception {
        NastavnikPrincipal curatorOfB = fixtures.user(Role.CURATOR, world.schoolB());
        var course = mentorCourses.publish(curatorOfB, world.schoolB(), "Курс школы Б", null);
        course = mentorCourses.addStep(
                curatorOfB,
                course.id(),
                new ru.nastavnik.training.internal.NewStep(
                        ru.nastavnik.training.internal.StepKind.TASK, null, null, "Задание", null),
                0L);
        String id = course.id().toString();
        String step = course.steps().get(0).id().toString();
        String api = "/api/v1/organisations/" + world.schoolB() + "/mentor-courses";
        String aWithBs = "/api/v1/organisations/" + world.schoolA() + "/mentor-courses/" + id;
        assertEveryOneNotFound(List.of(
                get("/training/mentor-courses")
                        .param("organisation", world.schoolB().toString()),
                post("/training/mentor-courses")
                        .param("organisation", world.schoolB().toString())
                        .param("title", "Х")
                        .with(csrf()),
                get("/training/mentor-courses/" + id),
                get("/training/mentor-courses/" + id + "/progress"),
                get("/training/mentor-courses/" + id + "/progress")
                        .param("organisation", world.schoolB().toString()),
                post("/training/mentor-courses/" + id + "/steps")
                        .param("kind", "TASK")
                        .param("title", "Х")
                        .param("version", "1")
                        .with(csrf()),
                post("/training/mentor-courses/" + id + "/steps/" + step + "/move")
                        .param("delta", "1")
                        .param("version", "1")
                        .with(csrf()),
                post("/training/mentor-courses/" + id + "/steps/" + step + "/delete")
                        .param("version", "1")
                        .with(csrf()),
                post("/training/mentor-courses/" + id + "/steps/" + step + "/done")
                        .with(csrf()),
                get(api),
                post(api).contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Х\"}"),
                get(api + "/" + id),
                post(api + "/" + id + "/steps")
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"TASK\",\"title\":\"Х\"}"),
                post(api + "/" + id + "/steps/" + step + "/move")
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"delta\":1}"),
                delete(api + "/" + id + "/steps/" + step).header("If-Match", "\"1\""),
                post(api + "/" + id + "/steps/" + step + "/done"),
                get(api + "/" + id + "/progress"),
                get(aWithBs),
                post(aWithBs + "/steps")
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"TASK\",\"title\":\"Х\"}"),
                get(aWithBs + "/progress")));
        org.assertj.core.api.Assertions.assertThat(
                        mentorCourses.get(curatorOfB, course.id()).steps())
                .hasSize(1);
    }

    @Test
    void everyMasteryCheckAndCheckAttemptOfAnotherSchoolIsNotFound() throws Exception {
        NastavnikPrincipal curatorOfB = fixtures.user(Role.CURATOR, world.schoolB());
        var check = masteryChecks.publish(curatorOfB, world.schoolB(), "Проверка школы Б");
        check = masteryChecks.addQuestion(
                curatorOfB,
                check.id(),
                new ru.nastavnik.survey.Question(
                        "new",
                        ru.nastavnik.survey.QuestionType.TEXT,
                        "Опишите встречу",
                        null,
                        true,
                        List.of(),
                        null,
                        null,
                        2),
                0L);
        check = masteryChecks.passMark(curatorOfB, check.id(), 2, check.version());
        var course = mentorCourses.publish(curatorOfB, world.schoolB(), "Курс с проверкой", null);
        course = mentorCourses.addStep(
                curatorOfB,
                course.id(),
                new ru.nastavnik.training.internal.NewStep(
                        ru.nastavnik.training.internal.StepKind.CHECK, null, null, null, null, check.id()),
                0L);
        String step = course.steps().get(0).id().toString();
        consents.recordGiven(
                curatorOfB,
                world.schoolB(),
                new ru.nastavnik.consent.GiveConsent(
                        personOfB,
                        ru.nastavnik.consent.ConsentPurpose.PERSONAL_DATA,
                        SchoolToday.date().minusDays(1),
                        null,
                        null));
        NastavnikPrincipal mentorOfB = fixtures.user(Role.MENTOR, world.schoolB());
        staffAccounts.link(
                curatorOfB, world.schoolB(), ru.nastavnik.people.PersonId.of(personOfB), mentorOfB.getUsername(), true);
        var attempt = checkAttempts.submit(
                mentorOfB, course.id(), course.steps().get(0).id(), java.util.Map.of("q1", List.of("Знакомство")));
        String b = world.schoolB().toString();
        String id = check.id().toString();
        String courseId = course.id().toString();
        String checks = "/api/v1/organisations/" + b + "/mastery-checks";
        String aWithBs = "/api/v1/organisations/" + world.schoolA() + "/mastery-checks/" + id;
        String sheet = "/training/mentor-courses/" + courseId + "/steps/" + step + "/check";
        String apiSheet = "/api/v1/organisations/" + b + "/mentor-courses/" + courseId + "/steps/" + step + "/check";
        String attempts = "/api/v1/organisations/" + b + "/check-attempts";
        String aAttempts = "/api/v1/organisations/" + world.schoolA() + "/check-attempts/" + attempt.id();
        assertEveryOneNotFound(List.of(
                get("/training/mastery-checks").param("organisation", b),
                post("/training/mastery-checks")
                        .param("organisation", b)
                        .param("title", "Х")
                        .with(csrf()),
                get("/training/mastery-checks/" + id),
                post("/training/mastery-checks/" + id + "/questions")
                        .param("type", "TEXT")
                        .param("text", "Х")
                        .param("points", "1")
                        .param("version", "2")
                        .with(csrf()),
                post("/training/mastery-checks/" + id + "/questions/q1/delete")
                        .param("version", "2")
                        .with(csrf()),
                post("/training/mastery-checks/" + id + "/pass-mark")
                        .param("passMark", "1")
                        .param("version", "2")
                        .with(csrf()),
                post("/training/mastery-checks/" + id + "/delete").with(csrf()),
                post("/training/mentor-courses/default")
                        .param("organisation", b)
                        .with(csrf()),
                get(sheet),
                post(sheet).param("a_q1", "Х").with(csrf()),
                get("/training/check-attempts").param("organisation", b),
                get("/training/check-attempts/" + attempt.id()).param("organisation", b),
                get("/training/check-attempts/" + attempt.id()),
                post("/training/check-attempts/" + attempt.id() + "/accept")
                        .param("organisation", b)
                        .param("version", "0")
                        .with(csrf()),
                post("/training/check-attempts/" + attempt.id() + "/accept")
                        .param("organisation", world.schoolA().toString())
                        .param("version", "0")
                        .with(csrf()),
                post("/training/check-attempts/" + attempt.id() + "/return")
                        .param("organisation", b)
                        .param("comment", "Х")
                        .param("version", "0")
                        .with(csrf()),
                get(checks),
                post(checks).contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Х\"}"),
                get(checks + "/" + id),
                post(checks + "/" + id + "/questions")
                        .header("If-Match", "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"TEXT\",\"text\":\"Х\",\"points\":1}"),
                delete(checks + "/" + id + "/questions/q1").header("If-Match", "\"2\""),
                put(checks + "/" + id + "/pass-mark")
                        .header("If-Match", "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"passMark\":1}"),
                delete(checks + "/" + id),
                get(aWithBs),
                delete(aWithBs),
                post("/api/v1/organisations/" + b + "/mentor-courses/default"),
                get(apiSheet),
                post(apiSheet).contentType(MediaType.APPLICATION_JSON).content("{\"answers\":{\"q1\":[\"Х\"]}}"),
                get(attempts),
                get(attempts + "/" + attempt.id()),
                post(attempts + "/" + attempt.id() + "/accept").header("If-Match", "\"0\""),
                post(attempts + "/" + attempt.id() + "/return")
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"comment\":\"Х\"}"),
                get(aAttempts),
                post(aAttempts + "/accept").header("If-Match", "\"0\""),
                get("/api/v1/organisations/" + b + "/training-figures")
                        .param("from", "2026-01-01")
                        .param("to", "2026-12-31")));
        org.assertj.core.api.Assertions.assertThat(checkAttempts
                        .get(curatorOfB, world.schoolB(), attempt.id())
                        .status())
                .isEqualTo(ru.nastavnik.training.internal.AttemptStatus.IN_REVIEW);
        org.assertj.core.api.Assertions.assertThat(
                        masteryChecks.get(curatorOfB, check.id()).questions())
                .hasSize(1);
    }

    private void assertEveryOneNotFound(List<RequestBuilder> requests) throws Exception {
        for (RequestBuilder request : requests) {
            var response = mvc.perform(withUser(request)).andReturn();
            org.assertj.core.api.Assertions.assertThat(response.getResponse().getStatus())
                    .as(response.getRequest().getMethod() + " "
                            + response.getRequest().getRequestURI())
                    .isEqualTo(404);
        }
    }

    private RequestBuilder withUser(RequestBuilder request) {
        return ((org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?>) request)
                .with(user(curatorOfA));
    }

    private static MockMultipartFile docx() {
        return new MockMultipartFile(
                "file",
                "t.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                new byte[] {'P', 'K', 3, 4});
    }

    private static MockMultipartFile csv() {
        return new MockMultipartFile(
                "file",
                "staff.csv",
                "text/csv",
                "Фамилия;Имя;Пол;Должность\nПетров;Пётр;М;учитель\n".getBytes(StandardCharsets.UTF_8));
    }
}
