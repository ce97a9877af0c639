package ru.nastavnik.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.bank.BankEntries;
import ru.nastavnik.bank.BankManagement;
import ru.nastavnik.bank.MenteeRequest;
import ru.nastavnik.bank.MenteeView;
import ru.nastavnik.mentorship.ProgrammeFixtures;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffAccounts;
import ru.nastavnik.programme.ProgrammeView;
import ru.nastavnik.shared.web.Dates;
import ru.nastavnik.shared.web.Flash;

/**
 * Stage 2 from a programme at work to its completion: the mentee scores her two needs at the start and at the end, the
 * page shows the deficits closed to her, her mentor and the curator, and the curator records her results.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProgrammeImpactIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApprovedProgrammes approvedProgrammes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    BankEntries banks;

    @Autowired
    BankManagement bank;

    @Test
    void theMenteeAssessesHerNeedsAtStartAndEndAndThePageShowsTheDeficitsClosedToAllThree() throws Exception {
        ApprovedProgrammes.Approved approved = approvedProgrammes.approved(List.of("discipline", "parents"));
        ProgrammeFixtures.ActivePair pair = approved.pair();
        ProgrammeView programme = approved.programme();
        String page = "/monitoring/programmes/" + programme.id() + "/impact";

        mvc.perform(get(page).with(user(pair.mentee())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Дисциплина и мотивация на уроке")))
                .andExpect(content().string(containsString("Работа с родителями")))
                .andExpect(content().string(containsString("id=\"start-form\"")));
        // a score out of the scale is refused with the item named, and nothing is saved
        mvc.perform(post(page + "/start")
                        .param("score", "2", "7")
                        .with(user(pair.mentee()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(refused("review.assessment.scoreRange", 2, 5));
        assertThat(count(programme.id())).isZero();
        // the mentor cannot score for her
        mvc.perform(post(page + "/start")
                        .param("score", "2", "3")
                        .with(user(pair.mentor()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flashError"));
        assertThat(count(programme.id())).isZero();

        mvc.perform(post(page + "/start")
                        .param("score", "2", "3")
                        .with(user(pair.mentee()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flash"));
        mvc.perform(post(page + "/start")
                        .param("score", "5", "5")
                        .with(user(pair.mentee()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flashError"));
        // the end opens a month before the programme's planned end: here in 20 days
        endsIn(programme.id(), 20);
        mvc.perform(post(page + "/end")
                        .param("score", "4", "3")
                        .with(user(pair.mentee()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flash"));
        assertThat(jdbc.queryForList("""
                select i.start_score || '>' || i.end_score from monitoring_self_assessment_item i
                join monitoring_self_assessment a on a.id = i.assessment_id where a.programme_id = ? order by i.position""", String.class, programme.id())).containsExactly("2>4", "3>3");

        // 2 → 4 closed, 3 → 3 not: one of two deficits; growth (2 + 0) / 2 = 1.0
        for (var who : List.of(pair.mentee(), pair.mentor(), pair.curator())) {
            mvc.perform(get(page).with(user(who)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Закрыто дефицитов: 1 из 2")))
                    .andExpect(content().string(containsString("средний прирост: 1,0")))
                    .andExpect(content().string(not(containsString("id=\"start-form\""))));
        }
        // only she may correct her end (until the programme is completed)
        for (var who : List.of(pair.mentor(), pair.curator())) {
            mvc.perform(get(page).with(user(who))).andExpect(content().string(not(containsString("id=\"end-form\""))));
        }

        String api = "/api/v1/programmes/" + programme.id() + "/impact";
        mvc.perform(get(api).with(user(pair.curator())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deficits").value(2))
                .andExpect(jsonPath("$.deficitsClosed").value(1))
                .andExpect(jsonPath("$.assessments[0].meanGrowth").value(1.0))
                .andExpect(jsonPath("$.assessments[0].items[0].title").value("Дисциплина и мотивация на уроке"))
                .andExpect(jsonPath("$.assessments[0].items[0].growth").value(2))
                .andExpect(jsonPath("$.assessments[0].items[0].closed").value(true))
                .andExpect(jsonPath("$.assessments[0].items[1].closed").value(false));
        mvc.perform(get(api).with(user(pair.stranger()))).andExpect(status().isNotFound());

        mvc.perform(post(page + "/results")
                        .param("kind", "CATEGORY")
                        .param("category", "MENTOR")
                        .param("title", "Приказ № 12")
                        .param("achievedOn", SchoolToday.date().toString())
                        .with(user(pair.curator()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flash"));
        mvc.perform(post(page + "/results")
                        .param("kind", "CONTEST")
                        .param("title", "Учитель года")
                        .param("achievedOn", SchoolToday.date().toString())
                        .with(user(pair.mentor()))
                        .with(csrf()))
                .andExpect(refused("review.result.level.required"));
        mvc.perform(post(page + "/results")
                        .param("kind", "OPEN_LESSON")
                        .param("title", "Урок")
                        .param("achievedOn", SchoolToday.date().toString())
                        .with(user(pair.mentee()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flashError"));
        assertThat(jdbc.queryForList(
                        "select kind || ':' || category from monitoring_programme_result where programme_id = ?",
                        String.class,
                        programme.id()))
                .containsExactly("CATEGORY:MENTOR");
        mvc.perform(get(page).with(user(pair.mentee())))
                .andExpect(content().string(containsString("Педагог-наставник")));
        mvc.perform(get("/mentorship/programmes/" + programme.id()).with(user(pair.mentee())))
                .andExpect(content().string(containsString(page)));
    }

    /**
     * The tester's mentee scored her end on the programme's first day, 5 of 5, and it stood as closing both deficits:
     * the end opens a month before the planned end (the page says when), is refused before, and, once given, she may
     * correct it until the programme is completed.
     */
    @Test
    void theFinalSelfAssessmentOpensAMonthBeforeThePlannedEndAndIsCorrectedUntilTheProgrammeIsCompleted()
            throws Exception {
        ApprovedProgrammes.Approved approved = approvedProgrammes.approved(List.of("discipline", "parents"));
        ProgrammeFixtures.ActivePair pair = approved.pair();
        ProgrammeView programme = approved.programme();
        String page = "/monitoring/programmes/" + programme.id() + "/impact";
        jdbc.update(
                "update programme set starts_on = ?, ends_on = ? where id = ?",
                SchoolToday.date(),
                SchoolToday.date().plusMonths(6),
                programme.id());
        String opens = Dates.DATE.format(SchoolToday.date().plusMonths(6).minusMonths(1));
        mvc.perform(post(page + "/start")
                        .param("score", "2", "3")
                        .with(user(pair.mentee()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flash"));

        mvc.perform(get(page).with(user(pair.mentee())))
                .andExpect(content().string(containsString("id=\"end-opens\"")))
                .andExpect(content().string(containsString("Итоговая самооценка откроется " + opens)))
                .andExpect(content().string(not(containsString("id=\"end-form\""))));
        mvc.perform(post(page + "/end")
                        .param("score", "5", "5")
                        .with(user(pair.mentee()))
                        .with(csrf()))
                .andExpect(refused("review.assessment.endNotYet", opens));
        assertThat(endScores(programme.id())).containsExactly("2>", "3>");
        mvc.perform(get(page).with(user(pair.curator())))
                .andExpect(content().string(containsString("Закрыто дефицитов: 0 из 2")));

        endsIn(programme.id(), 20);
        mvc.perform(get(page).with(user(pair.mentee())))
                .andExpect(content().string(containsString("id=\"end-form\"")))
                .andExpect(content().string(not(containsString("id=\"end-opens\""))));
        mvc.perform(post(page + "/end")
                        .param("score", "5", "5")
                        .with(user(pair.mentee()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flash"));
        // a second thought before the programme is completed: corrected, on the same form
        mvc.perform(get(page).with(user(pair.mentee())))
                .andExpect(content().string(containsString("id=\"end-form\"")))
                .andExpect(content().string(containsString("Исправить итоговую самооценку")));
        mvc.perform(post(page + "/end")
                        .param("score", "4", "3")
                        .with(user(pair.mentee()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flash"));
        assertThat(endScores(programme.id())).containsExactly("2>4", "3>3");

        // completed, the end stands
        jdbc.update(
                "update programme set status = 'COMPLETED', completed_on = ? where id = ?",
                SchoolToday.date(),
                programme.id());
        mvc.perform(post(page + "/end")
                        .param("score", "5", "5")
                        .with(user(pair.mentee()))
                        .with(csrf()))
                .andExpect(refused("review.assessment.ended"));
        mvc.perform(get(page).with(user(pair.mentee())))
                .andExpect(content().string(not(containsString("id=\"end-form\""))));
        assertThat(endScores(programme.id())).containsExactly("2>4", "3>3");
    }

    /**
     * The tester's mentee answered the needs questionnaire after her programme was approved: her self-assessment then
     * listed «Дисциплина…» and «Работа с родителями» while the programme and its PDF said «Рабочая программа и
     * планирование уроков». It measures the programme's own tasks, as its page shows them.
     */
    @Test
    void theSelfAssessmentMeasuresTheProgrammesTasksNotTheRequestsSheAnsweredSince() throws Exception {
        ApprovedProgrammes.Approved approved = approvedProgrammes.approved(List.of("work-programme"));
        ProgrammeFixtures.ActivePair pair = approved.pair();
        ProgrammeView programme = approved.programme();
        String page = "/monitoring/programmes/" + programme.id() + "/impact";
        PersonId mentee = accounts.ownId(pair.mentee()).orElseThrow();
        MenteeView entry = banks.currentMentee(mentee).orElseThrow();
        bank.updateMentee(
                pair.curator(),
                pair.school(),
                mentee,
                new MenteeRequest(mentee.toString(), entry.category(), null, List.of("discipline", "parents"), null),
                entry.version());

        mvc.perform(get("/mentorship/programmes/" + programme.id()).with(user(pair.mentee())))
                .andExpect(content().string(containsString("Рабочая программа и планирование уроков")));
        mvc.perform(get(page).with(user(pair.mentee())))
                .andExpect(content().string(containsString("Рабочая программа и планирование уроков")))
                .andExpect(content().string(not(containsString("Дисциплина и мотивация на уроке"))))
                .andExpect(content().string(not(containsString("Работа с родителями"))));
        mvc.perform(post(page + "/start")
                        .param("score", "2")
                        .with(user(pair.mentee()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flash"));
        assertThat(jdbc.queryForList("""
                select i.title from monitoring_self_assessment_item i
                join monitoring_self_assessment a on a.id = i.assessment_id where a.programme_id = ?""", String.class, programme.id()))
                .containsExactly("Рабочая программа и планирование уроков");
    }

    private void endsIn(UUID programme, int days) {
        jdbc.update(
                "update programme set ends_on = ? where id = ?",
                SchoolToday.date().plusDays(days),
                programme);
    }

    private List<String> endScores(UUID programme) {
        return jdbc.queryForList("""
                select i.start_score || '>' || coalesce(i.end_score::text, '') from monitoring_self_assessment_item i
                join monitoring_self_assessment a on a.id = i.assessment_id where a.programme_id = ?
                order by i.position""", String.class, programme);
    }

    private static ResultMatcher refused(String key, Object... args) {
        return result -> {
            Flash flash = (Flash) result.getFlashMap().get("flashError");
            assertThat(flash).isNotNull();
            assertThat(flash.key()).isEqualTo(key);
            assertThat(flash.args()).containsExactly(args);
        };
    }

    private int count(UUID programme) {
        return jdbc.queryForObject(
                "select count(*) from monitoring_self_assessment where programme_id = ?", Integer.class, programme);
    }
}
