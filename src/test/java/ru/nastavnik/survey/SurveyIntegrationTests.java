package ru.nastavnik.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.VersionedEdits;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.GiveConsent;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffAccounts;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.survey.internal.Answering;

/** Questionnaires end to end through the API: write, send, answer by link or cabinet, results, the banks filled. */
@SpringBootTest
@AutoConfigureMockMvc
class SurveyIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffManagement staff;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    ConsentManagement consents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Answering answering;

    @Autowired
    org.springframework.context.ApplicationEventPublisher publisher;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    Fixtures.World world;
    NastavnikPrincipal curator;
    String base;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        curator = fixtures.user(Role.CURATOR, world.schoolA());
        base = "/api/v1/organisations/" + world.schoolA();
    }

    @Test
    void aTeacherAnsweringTheNeedsQuestionnaireEntersTheMenteeBankWithThoseNeeds() throws Exception {
        String person = teacher("Соколова", true);
        String q = openFromTemplate("needs", false);
        String token = invite(q, person);
        mvc.perform(get("/api/v1/public/answers/" + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.questionnaire.title").value(containsString("запросы")))
                .andExpect(jsonPath("$.topics[?(@.code == 'discipline')]").exists());
        mvc.perform(put("/api/v1/public/answers/" + token + "/draft")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"q2\":[\"YOUNG_SPECIALIST\"]}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/public/answers/" + token))
                .andExpect(jsonPath("$.answers.q2[0]").value("YOUNG_SPECIALIST"))
                .andExpect(jsonPath("$.status").value("STARTED"));
        mvc.perform(post("/api/v1/public/answers/" + token + "/submit")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"q2\":[\"YOUNG_SPECIALIST\"]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("q1"));
        submit(
                        token,
                        "{\"q1\":[\"lt1\"],\"q2\":[\"YOUNG_SPECIALIST\"],\"q3\":[\"discipline\",\"parents\"],\"q4\":[\"2\"],"
                                + "\"q6\":[\"Не умею держать дисциплину\"]}")
                .andExpect(status().isNoContent());
        submit(token, "{\"q1\":[\"lt1\"],\"q2\":[\"NEW_EMPLOYEE\"],\"q3\":[\"exams\"],\"q4\":[\"3\"]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("один раз")));
        mvc.perform(get(base + "/mentees").with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].personId").value(person))
                .andExpect(jsonPath("$.content[0].category").value("YOUNG_SPECIALIST"))
                .andExpect(jsonPath("$.content[0].needs.length()").value(2))
                .andExpect(jsonPath("$.content[0].needsNote").value("Не умею держать дисциплину"));
        mvc.perform(get(base + "/questionnaires").with(user(curator)))
                .andExpect(jsonPath("$[0].invited").value(1))
                .andExpect(jsonPath("$[0].submitted").value(1));
    }

    @Test
    void aTeacherWhoAnswersThatSheNeedsNoMentorNowStaysOutOfTheMenteeBank() throws Exception {
        String notNow = teacher("Кудрявцева", true);
        String wanting = teacher("Степанова", true);
        String q = openFromTemplate("needs", false);
        String token = invite(q, notNow);
        mvc.perform(get("/api/v1/public/answers/" + token))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("Мне сейчас не нужен наставник")));
        submit(
                        token,
                        "{\"q1\":[\"lt1\"],\"q2\":[\"YOUNG_SPECIALIST\"],\"q3\":[\"discipline\"],\"q4\":[\"4\"],"
                                + "\"q10\":[\"not-now\"]}")
                .andExpect(status().isNoContent());
        submit(
                        invite(q, wanting),
                        "{\"q1\":[\"lt1\"],\"q2\":[\"YOUNG_SPECIALIST\"],\"q3\":[\"discipline\"],\"q4\":[\"2\"],"
                                + "\"q10\":[\"yes\"]}")
                .andExpect(status().isNoContent());
        mvc.perform(get(base + "/mentees").param("includeLeft", "true").with(user(curator)))
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].personId").value(wanting));
    }

    @Test
    void anAnonymisedTeachersSheetKeepsItsChoicesButNeitherHerNameNorHerWords() throws Exception {
        String person = teacher("Лаптева", true);
        String other = teacher("Гусева", true);
        String q = openFromTemplate("needs", false);
        submit(
                        invite(q, person),
                        "{\"q1\":[\"lt1\"],\"q2\":[\"YOUNG_SPECIALIST\"],\"q3\":[\"discipline\"],\"q4\":[\"2\"],"
                                + "\"q6\":[\"Боюсь открытых уроков\"]}")
                .andExpect(status().isNoContent());
        String unanswered = invite(q, other);
        transactions.executeWithoutResult(t -> {
            publisher.publishEvent(new ru.nastavnik.people.PersonAnonymised(world.schoolA(), PersonId.of(person)));
            publisher.publishEvent(new ru.nastavnik.people.PersonAnonymised(world.schoolA(), PersonId.of(other)));
        });
        var sheet =
                jdbc.queryForMap("select person_id, answers from survey_response where questionnaire_id = ?::uuid", q);
        org.assertj.core.api.Assertions.assertThat(sheet.get("person_id")).isNull();
        org.assertj.core.api.Assertions.assertThat((String) sheet.get("answers"))
                .contains("discipline")
                .doesNotContain("Боюсь открытых уроков");
        mvc.perform(get("/api/v1/public/answers/" + unanswered)).andExpect(status().isNotFound());
        mvc.perform(get(base + "/questionnaires").with(user(curator)))
                .andExpect(jsonPath("$[0].invited").value(1))
                .andExpect(jsonPath("$[0].submitted").value(1));
    }

    @Test
    void answersWithoutAConsentWaitForItAndEnterTheBankWhenItIsGiven() throws Exception {
        String person = teacher("Мельникова", false);
        String q = openFromTemplate("needs", false);
        submit(invite(q, person), "{\"q1\":[\"1-3\"],\"q2\":[\"NEW_EMPLOYEE\"],\"q3\":[\"exams\"],\"q4\":[\"4\"]}")
                .andExpect(status().isNoContent());
        mvc.perform(get(base + "/mentees").with(user(curator)))
                .andExpect(jsonPath("$.content.length()").value(0));
        consent(person);
        mvc.perform(get(base + "/mentees").with(user(curator)))
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].needs[0]").value("exams"))
                .andExpect(jsonPath("$.content[0].category").value("NEW_EMPLOYEE"));
    }

    @Test
    void aWillingTeacherEntersTheMentorBankWithinTheCapacityLimitAndAnUnwillingOneDoesNot() throws Exception {
        String willing = teacher("Орлова", true);
        String unwilling = teacher("Зайцева", true);
        String q = openFromTemplate("potential-mentor", false);
        submit(
                        invite(q, willing),
                        "{\"q1\":[\"yes\"],\"q2\":[\"subject-methods\",\"class-teacher\"],\"q5\":[\"3\"],"
                                + "\"q6\":[\"f1\",\"f3\"],\"q7\":[\"по средам после уроков\"]}")
                .andExpect(status().isNoContent());
        submit(invite(q, unwilling), "{\"q1\":[\"no\"],\"q2\":[\"parents\"],\"q5\":[\"1\"]}")
                .andExpect(status().isNoContent());
        mvc.perform(get(base + "/mentors").with(user(curator)))
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].personId").value(willing))
                .andExpect(jsonPath("$.content[0].capacity").value(3))
                .andExpect(jsonPath("$.content[0].competences.length()").value(2))
                .andExpect(jsonPath("$.content[0].preferredForms[1]").value("виртуальная (дистанционная)"))
                .andExpect(jsonPath("$.content[0].availability").value("по средам после уроков"));
    }

    @Test
    void anAnonymousQuestionnaireKeepsNoNameAndShowsResultsOnlyOnceClosedAndFromThreeAnswers() throws Exception {
        String q = openFromTemplate("satisfaction-mentee", true);
        String answers =
                "{\"q1\":[\"8\"],\"q2\":[\"4\"],\"q3\":[\"5\"],\"q4\":[\"4\"],\"q6\":[\"yes\"],\"q7\":[\"Посещения уроков\"]}";
        submit(anonymousToken(q, teacher("Белова", false)), answers).andExpect(status().isNoContent());
        submit(anonymousToken(q, teacher("Чернова", false)), answers).andExpect(status().isNoContent());
        submit(anonymousToken(q, teacher("Козлова", false)), answers.replace("\"8\"", "\"10\""))
                .andExpect(status().isNoContent());
        mvc.perform(get(base + "/questionnaires/" + q + "/links").with(user(curator)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get(base + "/questionnaires/" + q + "/results").with(user(curator)))
                .andExpect(jsonPath("$.responses").value(3))
                .andExpect(jsonPath("$.suppressed").value(true))
                .andExpect(jsonPath("$.questions.length()").value(0));
        mvc.perform(get(base + "/questionnaires/" + q + "/results.xlsx").with(user(curator)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get(base + "/questionnaires/" + q + "/invitations").with(user(curator)))
                .andExpect(jsonPath("$.content[0].status").value("SUBMITTED"))
                .andExpect(jsonPath("$.content[0].submittedAt").doesNotExist());
        assertThat(jdbc.queryForObject(
                        "select count(*) from survey_response where questionnaire_id = ?::uuid and person_id is not null",
                        Integer.class,
                        q))
                .isZero();
        mvc.perform(post(base + "/questionnaires/" + q + "/close").with(user(curator)))
                .andExpect(status().isOk());
        mvc.perform(post(base + "/questionnaires/" + q + "/open").with(user(curator)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get(base + "/questionnaires/" + q + "/results").with(user(curator)))
                .andExpect(jsonPath("$.suppressed").value(false))
                .andExpect(jsonPath("$.questions[0].mean").value(8.67))
                .andExpect(jsonPath("$.questions[6].texts[0].author").doesNotExist());
        var response = mvc.perform(
                        get(base + "/questionnaires/" + q + "/results.xlsx").with(user(curator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        byte[] xlsx = response.getContentAsByteArray();
        String disposition = response.getHeader("Content-Disposition");
        assertThat(java.net.URLDecoder.decode(
                        disposition.substring(disposition.indexOf("UTF-8''") + 7),
                        java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("Результаты анкетирования — ")
                .endsWith(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheet("Ответы"))
                    .as("no row per respondent in an anonymous export")
                    .isNull();
            assertThat(workbook.getSheet("Сводка").getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("3");
        }
    }

    @Test
    void theAnswerEndpointsWithoutSignInRefuseHugeBodies() throws Exception {
        String q = openFromTemplate("needs", false);
        String token = invite(q, teacher("Лаптева", false));
        byte[] huge = new byte[600 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        mvc.perform(put("/api/v1/public/answers/" + token + "/draft")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(huge))
                .andExpect(status().isContentTooLarge());
        mvc.perform(post("/s/" + token + "/draft").param("a-q2", "ON_REQUEST"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Сохранено")));
    }

    @Test
    void aBankBoundChoiceQuestionGetsTheOptionsTheBankReads() throws Exception {
        String q = JsonPath.read(
                mvc.perform(post(base + "/questionnaires")
                                .with(user(curator))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"details\":{\"title\":\"Наставники\",\"purpose\":\"POTENTIAL_MENTOR\"}}"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(post("/survey/questionnaires/" + q + "/questions")
                        .with(user(curator))
                        .with(csrf())
                        .param("section", "0")
                        .param("type", "SINGLE")
                        .param("text", "Готовы?")
                        .param("options", "Нет\nВозможно\nДа")
                        .param("bankField", "MENTOR_WILLING"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(base + "/questionnaires/" + q).with(user(curator)))
                .andExpect(jsonPath("$.content.sections[0].questions[0].options[0].key")
                        .value("yes"))
                .andExpect(jsonPath("$.content.sections[0].questions[0].options[2].key")
                        .value("no"));
        mvc.perform(post(base + "/questionnaires")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(base + "/questionnaires")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"template\":\"needs\",\"details\":{\"title\":\"Запросы 2026\"}}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.purpose").value("NEEDS"));
    }

    @Test
    void aTeacherAnswersInTheirCabinetAndNobodyElseCanOpenTheirSheet() throws Exception {
        String person = teacher("Киселева", true);
        NastavnikPrincipal teacher = fixtures.user(Role.MENTEE, world.schoolA());
        accounts.link(curator, world.schoolA(), PersonId.of(person), teacher.getUsername(), true);
        NastavnikPrincipal other = fixtures.user(Role.MENTEE, world.schoolA());
        String q = openFromTemplate("needs", false);
        invite(q, person);
        String invitation = JsonPath.read(
                mvc.perform(get("/api/v1/me/questionnaires").with(user(teacher)))
                        .andExpect(jsonPath("$.length()").value(1))
                        .andExpect(jsonPath("$[0].status").value("INVITED"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$[0].invitationId");
        mvc.perform(get("/api/v1/me/questionnaires/" + invitation).with(user(other)))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/me/questionnaires/" + invitation + "/draft")
                        .with(user(other))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/survey/my/" + invitation).with(user(teacher)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Что лучше всего описывает")));
        mvc.perform(post("/survey/my/" + invitation + "/draft")
                        .with(user(teacher))
                        .with(csrf())
                        .param("a-q2", "NEW_POSITION"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Сохранено")));
        mvc.perform(post("/survey/my/" + invitation)
                        .with(user(teacher))
                        .with(csrf())
                        .param("a-q1", "5-10")
                        .param("a-q2", "NEW_POSITION")
                        .param("a-q3", "digital-tools")
                        .param("a-q4", "3"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me/questionnaires").with(user(teacher)))
                .andExpect(jsonPath("$[0].status").value("SUBMITTED"));
        mvc.perform(get(base + "/mentees").with(user(curator)))
                .andExpect(jsonPath("$.content[0].category").value("NEW_POSITION"))
                .andExpect(jsonPath("$.content[0].needs[0]").value("digital-tools"));
    }

    @Test
    void twoSubmissionsAtOnceAndAnAutosaveInFlightLeaveExactlyOneAnswerSheet() throws Exception {
        String q = openFromTemplate("needs", false);
        String token = invite(q, teacher("Гусева", true));
        Map<String, List<String>> answers =
                Map.of("q1", List.of("lt1"), "q2", List.of("ON_REQUEST"), "q3", List.of("parents"), "q4", List.of("3"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            boolean draft = i == 0;
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    if (draft) {
                        answering.saveDraft(token, Map.of("q2", List.of("NEW_EMPLOYEE")));
                    } else {
                        answering.submit(token, answers);
                    }
                    return draft ? "draft" : "submitted";
                } catch (InvalidInputException e) {
                    return e.problems().get(0).messageKey();
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(results.subList(1, 3)).containsExactlyInAnyOrder("submitted", "survey.answer.alreadySubmitted");
        assertThat(results.get(0)).isIn("draft", "survey.answer.alreadySubmitted");
        assertThat(jdbc.queryForObject(
                        "select count(*) from survey_response where questionnaire_id = ?::uuid", Integer.class, q))
                .isEqualTo(1);
    }

    @Test
    void anOpenQuestionnairesQuestionsAreFrozenAndADraftCannotBeSent() throws Exception {
        String draft = JsonPath.read(
                mvc.perform(post(base + "/questionnaires")
                                .with(user(curator))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"details\":{\"title\":\"Своя анкета\",\"purpose\":\"OTHER\"}}"))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(post(base + "/questionnaires/" + draft + "/open").with(user(curator)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(put(base + "/questionnaires/" + draft + "/content")
                        .with(user(curator))
                        .header("If-Match", etag(draft))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"sections\":[{\"title\":\"Один\",\"questions\":[{\"key\":\"k1\",\"type\":\"SCALE\",\"text\":\"Оценка\","
                                        + "\"required\":true,\"scaleMax\":10}]}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.sections[0].questions[0].key").value("k1"));
        mvc.perform(post(base + "/questionnaires/" + draft + "/invitations")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"groups\":[\"all-staff\"]}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(base + "/questionnaires/" + draft + "/open").with(user(curator)))
                .andExpect(status().isOk());
        mvc.perform(put(base + "/questionnaires/" + draft + "/content")
                        .with(user(curator))
                        .header("If-Match", etag(draft))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sections\":[]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("только в черновике")));
        teacher("Фролова", false);
        mvc.perform(post(base + "/questionnaires/" + draft + "/invitations")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"groups\":[\"all-staff\"],\"personIds\":[]}"))
                .andExpect(jsonPath("$.count").value(1));
        mvc.perform(post(base + "/questionnaires/" + draft + "/invitations")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"groups\":[\"astrologers\"]}"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void theCuratorsPagesShowTheQuestionnaireItsInvitationsAndResults() throws Exception {
        String person = teacher("Павлова", true);
        String q = openFromTemplate("satisfaction-mentor", false);
        String token = invite(q, person);
        mvc.perform(get("/survey/questionnaires").with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Удовлетворённость программой наставничества: анкета наставника")));
        mvc.perform(get("/survey/questionnaires/" + q).with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Готовы ли вы быть наставником")));
        mvc.perform(get("/survey/questionnaires/" + q + "/invitations").with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Павлова")));
        mvc.perform(get("/survey/questionnaires/" + q + "/links").with(user(curator)))
                .andExpect(content().string(containsString("/s/" + token)));
        mvc.perform(get("/s/" + token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Насколько наставляемый был вовлечён")));
        mvc.perform(post("/s/" + token)
                        .with(csrf())
                        .param("a-q1", "9")
                        .param("a-q2", "4")
                        .param("a-q3", "5")
                        .param("a-q4", "5")
                        .param("a-q6", "yes")
                        .param("a-q7", "Уверенно ведёт уроки"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/s/" + token)).andExpect(content().string(containsString("Вы уже ответили")));
        mvc.perform(get("/survey/questionnaires/" + q + "/results").with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Уверенно ведёт уроки")))
                .andExpect(content().string(containsString("Павлова")));
        mvc.perform(get("/s/not-a-token")).andExpect(status().isNotFound());
    }

    private String openFromTemplate(String template, boolean anonymous) throws Exception {
        String id = JsonPath.read(
                mvc.perform(post(base + "/questionnaires")
                                .with(user(curator))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"template\":\"" + template + "\",\"details\":{\"anonymous\":" + anonymous
                                        + "}}"))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        if (anonymous) {
            mvc.perform(
                            put(base + "/questionnaires/" + id)
                                    .with(user(curator))
                                    .header("If-Match", etag(id))
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(
                                            "{\"title\":\"Анонимная анкета\",\"purpose\":\"SATISFACTION_MENTEE\",\"anonymous\":true}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.anonymous").value(true));
        }
        mvc.perform(post(base + "/questionnaires/" + id + "/open").with(user(curator)))
                .andExpect(status().isOk());
        return id;
    }

    private String etag(String questionnaire) throws Exception {
        return VersionedEdits.etag(mvc, base + "/questionnaires/" + questionnaire, curator);
    }

    /** Invites the person and returns their personal link's token. */
    private String invite(String questionnaire, String person) throws Exception {
        mvc.perform(post(base + "/questionnaires/" + questionnaire + "/invitations")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personIds\":[\"" + person + "\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(1));
        List<String> urls = JsonPath.read(
                mvc.perform(get(base + "/questionnaires/" + questionnaire + "/links")
                                .with(user(curator)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$[?(@.personId == '" + person + "')].url");
        String url = urls.get(0);
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** An anonymous questionnaire hands out no links: the token is read as the teacher's e-mail would carry it. */
    private String anonymousToken(String questionnaire, String person) throws Exception {
        mvc.perform(post(base + "/questionnaires/" + questionnaire + "/invitations")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personIds\":[\"" + person + "\"]}"))
                .andExpect(status().isOk());
        return jdbc.queryForObject(
                "select token from survey_invitation where questionnaire_id = ?::uuid and person_id = ?::uuid",
                String.class,
                questionnaire,
                person);
    }

    private ResultActions submit(String token, String answers) throws Exception {
        return mvc.perform(post("/api/v1/public/answers/" + token + "/submit")
                .contentType(MediaType.APPLICATION_JSON)
                .content(answers));
    }

    /** Two «Иванова Мария Петровна» were one line twice in the list she invites from. */
    @Test
    void theListToInviteFromTellsNamesakesApartByPositionAndSubjects() throws Exception {
        staff.create(
                curator, world.schoolA(), Fixtures.teacher("Иванова", "Мария", "Петровна", null, List.of("химия")));
        staff.create(
                curator, world.schoolA(), Fixtures.teacher("Иванова", "Мария", "Петровна", null, List.of("биология")));
        String q = openFromTemplate("needs", false);
        mvc.perform(get("/survey/questionnaires/" + q + "/invitations").with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Иванова Мария Петровна — учитель (химия)")))
                .andExpect(content().string(containsString("Иванова Мария Петровна — учитель (биология)")));
    }

    private String teacher(String lastName, boolean consented) {
        String person = staff.create(curator, world.schoolA(), Fixtures.teacher(lastName, "Анна", "Сергеевна"))
                .id()
                .toString();
        if (consented) {
            consent(person);
        }
        return person;
    }

    private void consent(String person) {
        consents.recordGiven(
                curator,
                world.schoolA(),
                new GiveConsent(
                        person, ConsentPurpose.PERSONAL_DATA, SchoolToday.date().minusDays(1), null, null));
    }
}
