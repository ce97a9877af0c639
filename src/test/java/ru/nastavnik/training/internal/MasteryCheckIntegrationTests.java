package ru.nastavnik.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.nastavnik.Fixtures;
import ru.nastavnik.bank.BankFixtures;
import ru.nastavnik.bank.TrainingStatus;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The whole chain of the mentor course's mastery check: the default course, the check taken, returned with a comment,
 * taken again and accepted, the course completed, the bank's mentor trained with the date, matching's criterion.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MasteryCheckIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TrainedMentors mentors;

    @Autowired
    Fixtures fixtures;

    @Autowired
    BankFixtures bankFixtures;

    @Autowired
    JdbcTemplate jdbc;

    private ResultActions api(MockHttpServletRequestBuilder request, NastavnikPrincipal who, String body)
            throws Exception {
        return mvc.perform(
                request.with(user(who)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static final String ANSWERS = """
            {"answers":{"q1":["o2"],"q2":["o1"],"q3":["o1","o2","o3"],"q4":["%s"]}}""";

    @Test
    void theCheckPassesAfterTheCuratorAcceptsTheFreeTextAndTheTrainedMentorWinsOnTheCriterion() throws Exception {
        TrainedMentors.School s = mentors.school();
        String api = "/api/v1/organisations/" + s.school() + "/mentor-courses";
        api(post(api), s.curator(), "{\"title\":\"Свой курс\"}").andExpect(status().isCreated());
        TrainedMentors.School fresh = mentors.school();
        String freshApi = "/api/v1/organisations/" + fresh.school() + "/mentor-courses";
        api(post(api + "/default"), s.curator(), "")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("уже есть свой курс")));
        mvc.perform(get("/training/mentor-courses").with(user(fresh.curator())))
                .andExpect(content().string(containsString("default-mentor-course")));
        String course = api(post(freshApi + "/default"), fresh.curator(), "")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title").value("Школа наставника"))
                .andExpect(jsonPath("$.steps.length()").value(5))
                .andExpect(jsonPath("$.steps[3].kind").value("CHECK"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String courseId = JsonPath.read(course, "$.id");
        List<String> steps = JsonPath.read(course, "$.steps[*].id");
        String checkStep = steps.get(3);
        String bankMentor = "/api/v1/organisations/" + fresh.school() + "/mentors/" + fresh.mentorPerson();
        api(
                        post("/api/v1/organisations/" + fresh.school() + "/mentors"),
                        fresh.curator(),
                        "{\"personId\":\"" + fresh.mentorPerson() + "\",\"competences\":[\"parents\"],\"capacity\":1}")
                .andExpect(status().is2xxSuccessful());

        String check = freshApi + "/" + courseId + "/steps/" + checkStep + "/check";
        api(post(check), fresh.mentor(), ANSWERS.formatted("Рано"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("по порядку")));
        for (int i = 0; i < 3; i++) {
            api(post(freshApi + "/" + courseId + "/steps/" + steps.get(i) + "/done"), fresh.mentor(), "")
                    .andExpect(status().isOk());
        }
        api(post(freshApi + "/" + courseId + "/steps/" + checkStep + "/done"), fresh.mentor(), "")
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get(check).with(user(fresh.mentor())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mayTake").value(true))
                .andExpect(jsonPath("$.maximum").value(7))
                .andExpect(content().string(not(containsString("\"correct\":true"))));
        mvc.perform(get("/training/mentor-courses/" + courseId + "/steps/" + checkStep + "/check")
                        .with(user(fresh.mentor())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("take-check")));

        String first = api(post(check), fresh.mentor(), ANSWERS.formatted("Познакомлюсь"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("IN_REVIEW"))
                .andExpect(jsonPath("$.score").value(4))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String firstId = JsonPath.read(first, "$.id");
        api(post(check), fresh.mentor(), ANSWERS.formatted("Ещё раз")).andExpect(status().isUnprocessableContent());
        String reviews = "/api/v1/organisations/" + fresh.school() + "/check-attempts";
        mvc.perform(get(reviews).with(user(fresh.curator())))
                .andExpect(jsonPath("$[0].mentorName").value(containsString("Кузнецова")));
        api(
                        post(reviews + "/" + firstId + "/return").header("If-Match", "\"0\""),
                        fresh.curator(),
                        "{\"comment\":\" \"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("comment"));
        api(
                        post(reviews + "/" + firstId + "/return").header("If-Match", "\"0\""),
                        fresh.curator(),
                        "{\"comment\":\"Опишите цели встречи\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"));
        mvc.perform(get(check).with(user(fresh.mentor())))
                .andExpect(jsonPath("$.latest.reviewComment").value("Опишите цели встречи"))
                .andExpect(jsonPath("$.mayTake").value(true));

        String second = api(post(check), fresh.mentor(), ANSWERS.formatted("Знакомство, запросы, цели"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String secondId = JsonPath.read(second, "$.id");
        mvc.perform(post("/training/check-attempts/" + secondId + "/accept")
                        .param("organisation", fresh.school().toString())
                        .param("version", "0")
                        .with(user(fresh.curator()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(reviews + "/" + secondId).with(user(fresh.curator())))
                .andExpect(jsonPath("$.status").value("PASSED"))
                .andExpect(jsonPath("$.score").value(7));
        api(post(freshApi + "/" + courseId + "/steps/" + steps.get(4) + "/done"), fresh.mentor(), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.completedOn").isNotEmpty());

        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> mvc.perform(get(bankMentor).with(user(fresh.curator())))
                        .andExpect(jsonPath("$.trainingStatus").value("TRAINED"))
                        .andExpect(jsonPath("$.trainedOn")
                                .value(ru.nastavnik.SchoolToday.date().toString())));
        mvc.perform(get("/bank/mentors")
                        .param("organisation", fresh.school().toString())
                        .with(user(fresh.curator())))
                .andExpect(content().string(containsString("trained-on")));

        bankFixtures
                .aMentor(fresh.curator(), fresh.school(), "Петрова")
                .training(TrainingStatus.NOT_TRAINED)
                .enter();
        bankFixtures.aMentee(fresh.curator(), fresh.school(), "Новикова").enter();
        String run = "/api/v1/organisations/" + fresh.school() + "/matching-runs";
        api(post(run), fresh.curator(), """
                {"needs":40,"subject":15,"experience":0,"locality":15,"form":5,"wishes":10,"load":5,"onlyTrained":false,"trained":30}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.certificateValid").value(true))
                .andExpect(jsonPath("$.weights.trained").value(30))
                .andExpect(jsonPath("$.proposals[0].mentorId")
                        .value(fresh.mentorPerson().toString()))
                .andExpect(jsonPath("$.proposals[0].criteria.trained").value(3000));
    }

    @Test
    void aCheckWithoutQuestionsAPassMarkAboveTheMaximumAndAMissingCheckAreRefusedAndNothingChanges() throws Exception {
        TrainedMentors.School s = mentors.school();
        String checks = "/api/v1/organisations/" + s.school() + "/mastery-checks";
        String check = JsonPath.read(
                api(post(checks), s.curator(), "{\"title\":\"Пустая проверка\"}")
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        String courses = "/api/v1/organisations/" + s.school() + "/mentor-courses";
        String course = JsonPath.read(
                api(post(courses), s.curator(), "{\"title\":\"Курс\"}")
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        api(
                        post(courses + "/" + course + "/steps").header("If-Match", "\"0\""),
                        s.curator(),
                        "{\"kind\":\"CHECK\",\"check\":\"" + check + "\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("нет ни одного вопроса")));
        api(put(checks + "/" + check + "/pass-mark").header("If-Match", "\"0\""), s.curator(), "{\"passMark\":1}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("passMark"));
        api(post(checks + "/" + check + "/questions").header("If-Match", "\"0\""), s.curator(), """
                {"type":"SINGLE","text":"Кто подписывает приказ?","points":2,
                 "options":[{"key":"a","label":"Куратор"},{"key":"b","label":"Руководитель","correct":true}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.maximum").value(2));
        api(put(checks + "/" + check + "/pass-mark").header("If-Match", "\"1\""), s.curator(), "{\"passMark\":3}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("до максимума проверки (2)")));
        api(post(checks + "/" + check + "/questions").header("If-Match", "\"1\""), s.curator(), """
                {"type":"SINGLE","text":"Без верного","points":1,"options":[{"key":"a","label":"А"},{"key":"b","label":"Б"}]}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("options"));
        api(
                        post(courses + "/" + course + "/steps").header("If-Match", "\"0\""),
                        s.curator(),
                        "{\"kind\":\"CHECK\",\"check\":\"" + java.util.UUID.randomUUID() + "\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("её могли удалить")));
        api(put(checks + "/" + check + "/pass-mark").header("If-Match", "\"1\""), s.curator(), "{\"passMark\":2}")
                .andExpect(status().isOk());
        api(
                        post(courses + "/" + course + "/steps").header("If-Match", "\"0\""),
                        s.curator(),
                        "{\"kind\":\"CHECK\",\"check\":\"" + check + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps[0].title").value("Пустая проверка"));
        mvc.perform(delete(checks + "/" + check).with(user(s.curator())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("удалить её нельзя")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from training_mastery_check where id = ?::uuid", Integer.class, check))
                .isEqualTo(1);

        NastavnikPrincipal curatorOfB = fixtures.user(Role.CURATOR, s.world().schoolB());
        mvc.perform(get(checks + "/" + check).with(user(curatorOfB))).andExpect(status().isNotFound());
        mvc.perform(get("/training/mastery-checks/" + check).with(user(curatorOfB)))
                .andExpect(status().isNotFound());
    }
}
