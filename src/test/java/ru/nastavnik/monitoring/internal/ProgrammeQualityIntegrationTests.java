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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.mentorship.ProgrammeFixtures;
import ru.nastavnik.programme.ProgrammeView;
import ru.nastavnik.survey.QuestionType;
import ru.nastavnik.survey.QuestionnaireContent;
import ru.nastavnik.survey.SurveyJson;
import ru.nastavnik.survey.internal.SurveyTemplates;

/**
 * Stage 1 at a programme's mid-point: mentor and mentee each send a check-in (each sees only her own), and the curator
 * answers her questionnaire and fills the SWOT with the check-ins and the mentee's satisfaction sheet sorted beside it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProgrammeQualityIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApprovedProgrammes approvedProgrammes;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePairChecksInAtTheMidPointAndTheCuratorFillsTheSwotWithTheAnswersSortedBesideIt() throws Exception {
        ApprovedProgrammes.Approved approved = approvedProgrammes.approved(List.of("discipline"));
        ProgrammeFixtures.ActivePair pair = approved.pair();
        ProgrammeView programme = approved.programme();
        String page = "/monitoring/programmes/" + programme.id() + "/quality";
        // far from its mid-point the check-in is not open yet
        mvc.perform(get(page).with(user(pair.mentee())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"checkin-form\""))));
        mvc.perform(post(page + "/checkin")
                        .param("meetingsHeld", "3")
                        .param("progress", "Рано")
                        .param("satisfaction", "9")
                        .with(user(pair.mentee()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flashError"));
        jdbc.update(
                "update programme set starts_on = ?, ends_on = ? where id = ?",
                ru.nastavnik.SchoolToday.date().minusDays(100),
                ru.nastavnik.SchoolToday.date().plusDays(100),
                programme.id());

        mvc.perform(get(page).with(user(pair.mentee())))
                .andExpect(content().string(containsString("id=\"checkin-form\"")));
        mvc.perform(post(page + "/checkin")
                        .param("meetingsHeld", "много")
                        .param("progress", "Дисциплина лучше")
                        .param("satisfaction", "9")
                        .with(user(pair.mentee()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flashError"));
        assertThat(count(programme.id())).isZero();
        mvc.perform(post(page + "/checkin")
                        .param("meetingsHeld", "4")
                        .param("progress", "Дисциплина лучше")
                        .param("satisfaction", "9")
                        .with(user(pair.mentee()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flash"));
        mvc.perform(post(page + "/checkin")
                        .param("meetingsHeld", "4")
                        .param("progress", "Ещё раз")
                        .param("satisfaction", "1")
                        .with(user(pair.mentee()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flashError"));
        mvc.perform(post(page + "/checkin")
                        .param("meetingsHeld", "4")
                        .param("progress", "Планы уроков проверены")
                        .param("difficulties", "Не хватает времени")
                        .param("satisfaction", "5")
                        .with(user(pair.mentor()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flash"));
        assertThat(count(programme.id())).isEqualTo(2);
        // the curator cannot check in for them; the mentee sees her own check-in only
        mvc.perform(post(page + "/checkin")
                        .param("meetingsHeld", "1")
                        .param("progress", "x")
                        .param("satisfaction", "5")
                        .with(user(pair.curator()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flashError"));
        mvc.perform(get(page).with(user(pair.mentee())))
                .andExpect(content().string(containsString("Дисциплина лучше")))
                .andExpect(content().string(not(containsString("Планы уроков проверены"))))
                .andExpect(content().string(not(containsString("id=\"swot-form\""))));
        mvc.perform(post(page + "/swot")
                        .param("strengths", "Моё")
                        .with(user(pair.mentee()))
                        .with(csrf()))
                .andExpect(status().isNotFound());

        UUID mentee = jdbc.queryForObject(
                "select person_id from mentorship_member where mentorship_id = ? and role = 'MENTEE'",
                UUID.class,
                pair.mentorship().value());
        sheet(pair.school().value(), mentee);
        mvc.perform(get(page).with(user(pair.curator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Наставляемый, срез: Дисциплина лучше")))
                .andExpect(content().string(containsString("Наставник, срез, трудности: Не хватает времени")))
                .andExpect(content().string(containsString("Наставник, удовлетворённость в срезе: 5 / 10")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Наставляемый, анкета удовлетворённости: Насколько вы удовлетворены работой с наставником в целом? — 9 / 10")))
                .andExpect(
                        content().string(containsString("Наставляемый, анкета удовлетворённости: Что стоит изменить")));

        mvc.perform(post(page + "/curator")
                        .param("planFollowed", "4")
                        .param("pairInteraction", "9")
                        .param("supportSufficient", "3")
                        .with(user(pair.curator()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flashError"));
        mvc.perform(post(page + "/curator")
                        .param("planFollowed", "4")
                        .param("pairInteraction", "5")
                        .param("supportSufficient", "3")
                        .param("conclusions", "Пара работает")
                        .with(user(pair.curator()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flash"));
        mvc.perform(post(page + "/swot")
                        .param("strengths", "Регулярные встречи")
                        .param("threats", "Нагрузка наставника")
                        .with(user(pair.curator()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flash"));
        Map<String, Object> saved =
                jdbc.queryForMap("select * from monitoring_programme_review where programme_id = ?", programme.id());
        assertThat(saved)
                .containsEntry("plan_followed", 4)
                .containsEntry("pair_interaction", 5)
                .containsEntry("support_sufficient", 3)
                .containsEntry("conclusions", "Пара работает")
                .containsEntry("strengths", "Регулярные встречи")
                .containsEntry("weaknesses", null)
                .containsEntry("threats", "Нагрузка наставника");
        mvc.perform(get(page).with(user(pair.curator())))
                .andExpect(content().string(containsString("Нагрузка наставника")));
        mvc.perform(get("/mentorship/programmes/" + programme.id()).with(user(pair.mentor())))
                .andExpect(content().string(containsString(page)));
    }

    private int count(UUID programme) {
        return jdbc.queryForObject(
                "select count(*) from monitoring_checkin where programme_id = ?", Integer.class, programme);
    }

    /** The mentee's completion sheet: 9 of 10 overall, and a comment on what to change. */
    private void sheet(UUID school, UUID mentee) {
        SurveyTemplates.Template t = SurveyTemplates.find("satisfaction-mentee").orElseThrow();
        QuestionnaireContent content = t.content();
        UUID questionnaire = UUID.randomUUID();
        jdbc.update("""
                insert into survey_questionnaire (id, organisation_id, title, purpose, status, content, created_at)
                values (?, ?, ?, 'SATISFACTION_MENTEE', 'OPEN', ?, now())""", questionnaire, school, t.title(), SurveyJson.write(content));
        String scale = content.questions().stream()
                .filter(q -> q.type() == QuestionType.SCALE)
                .findFirst()
                .orElseThrow()
                .key();
        String change = content.questions().stream()
                .filter(q -> q.text().startsWith("Что стоит изменить"))
                .findFirst()
                .orElseThrow()
                .key();
        jdbc.update(
                """
                insert into survey_response (id, organisation_id, questionnaire_id, person_id, submitted_on, answers)
                values (?, ?, ?, ?, current_date, ?)""",
                UUID.randomUUID(),
                school,
                questionnaire,
                mentee,
                SurveyJson.write(Map.of(scale, List.of("9"), change, List.of("Больше практики"))));
    }
}
