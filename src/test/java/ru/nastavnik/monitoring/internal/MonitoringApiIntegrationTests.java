package ru.nastavnik.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.mentorship.ProgrammeFixtures;
import ru.nastavnik.programme.ProgrammeView;
import ru.nastavnik.shared.Role;

/**
 * The API of stage 1 of a programme's monitoring and of the school's yearly system review gives what the pages give:
 * the check-ins (a participant her own), the curator's questionnaire and SWOT with the answers sorted for it, and by
 * component the year's figures beside the curator's text; bad input answers 422 and saves nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MonitoringApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgrammeFixtures pairs;

    @Autowired
    ApprovedProgrammes approvedProgrammes;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void stageOneGivesTheCheckInsTheCuratorsQuestionnaireAndTheSwotWithTheAnswersSortedForIt() throws Exception {
        ApprovedProgrammes.Approved approved = approvedProgrammes.halfway(List.of("discipline"));
        ProgrammeFixtures.ActivePair pair = approved.pair();
        ProgrammeView programme = approved.programme();
        String page = "/monitoring/programmes/" + programme.id() + "/quality";
        mvc.perform(post(page + "/checkin")
                        .param("meetingsHeld", "4")
                        .param("progress", "Дисциплина лучше")
                        .param("satisfaction", "9")
                        .with(user(pair.mentee()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flash"));
        mvc.perform(post(page + "/checkin")
                        .param("meetingsHeld", "4")
                        .param("progress", "Планы уроков проверены")
                        .param("difficulties", "Не хватает времени")
                        .param("satisfaction", "5")
                        .with(user(pair.mentor()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flash"));
        String api = "/api/v1/programmes/" + programme.id() + "/quality";

        mvc.perform(get(api).with(user(pair.curator())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.programmeId").value(programme.id().toString()))
                .andExpect(jsonPath("$.organisationId").value(pair.school().toString()))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.midPoint").value(SchoolToday.date().toString()))
                .andExpect(jsonPath("$.checkIns.length()").value(2))
                .andExpect(jsonPath("$.checkIns[?(@.role == 'MENTEE')].satisfaction")
                        .value(9))
                .andExpect(jsonPath("$.checkIns[?(@.role == 'MENTOR')].difficulties")
                        .value("Не хватает времени"))
                .andExpect(jsonPath("$.answers").isEmpty())
                .andExpect(jsonPath("$.swot").isEmpty())
                // 9 of 10 (80 % and above) is a strength, 5 of 10 (half and below) a weakness
                .andExpect(jsonPath("$.swotSources.strengths[?(@.kind == 'progress' && @.role == 'MENTEE')].text")
                        .value("Дисциплина лучше"))
                .andExpect(jsonPath("$.swotSources.strengths[?(@.kind == 'checkinSatisfaction')].text")
                        .value("9 / 10"))
                .andExpect(jsonPath("$.swotSources.weaknesses[?(@.kind == 'difficulties')].role")
                        .value("MENTOR"))
                .andExpect(jsonPath("$.swotSources.weaknesses[?(@.kind == 'checkinSatisfaction')].text")
                        .value("5 / 10"));

        mvc.perform(put(api + "/curator-answers")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"planFollowed\":4,\"pairInteraction\":9,\"supportSufficient\":3}")
                        .with(user(pair.curator())))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("pairInteraction"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from monitoring_programme_review where programme_id = ?",
                        Integer.class,
                        programme.id()))
                .isZero();
        mvc.perform(put(api + "/curator-answers")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"planFollowed\":4,\"pairInteraction\":5,\"supportSufficient\":3,\"conclusions\":\"Пара работает\"}")
                        .with(user(pair.curator())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answers.pairInteraction").value(5))
                .andExpect(jsonPath("$.answers.conclusions").value("Пара работает"));
        mvc.perform(put(api + "/swot")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"strengths\":\"Регулярные встречи\",\"threats\":\"Нагрузка наставника\"}")
                        .with(user(fixtures.user(Role.DIRECTOR, pair.school()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.swot.strengths").value("Регулярные встречи"))
                .andExpect(jsonPath("$.answers.planFollowed").value(4));
        assertThat(jdbc.queryForMap("select * from monitoring_programme_review where programme_id = ?", programme.id()))
                .containsEntry("plan_followed", 4)
                .containsEntry("conclusions", "Пара работает")
                .containsEntry("threats", "Нагрузка наставника")
                .containsEntry("weaknesses", null);

        // the mentee: her own check-in, nothing of the curator's
        mvc.perform(get(api).with(user(pair.mentee())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.checkIns.length()").value(1))
                .andExpect(jsonPath("$.checkIns[0].progress").value("Дисциплина лучше"))
                .andExpect(jsonPath("$.answers").isEmpty())
                .andExpect(jsonPath("$.swotSources").isEmpty());
        mvc.perform(put(api + "/swot")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"strengths\":\"Моё\"}")
                        .with(user(pair.mentee())))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject(
                        "select strengths from monitoring_programme_review where programme_id = ?",
                        String.class,
                        programme.id()))
                .isEqualTo("Регулярные встречи");
    }

    @Test
    void theSystemReviewGivesTheYearsFiguresByComponentAndTakesTheCuratorsTextAllOrNothing() throws Exception {
        ProgrammeFixtures.ActivePair pair = pairs.activePair(List.of("discipline"));
        int year = SchoolToday.date().getMonthValue() >= 9
                ? SchoolToday.date().getYear()
                : SchoolToday.date().getYear() - 1;
        String api = "/api/v1/organisations/" + pair.school() + "/system-review";

        mvc.perform(get(api).with(user(pair.curator())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisation").value(pair.school().toString()))
                .andExpect(jsonPath("$.schoolYear").value(year + "/" + (year + 1)))
                .andExpect(jsonPath("$.from").value(year + "-09-01"))
                .andExpect(jsonPath("$.components.length()").value(6))
                .andExpect(jsonPath("$.components[0].code").value("ORGANISATION_MANAGEMENT"))
                .andExpect(jsonPath("$.components[0].name").value("Организация и управление"))
                .andExpect(jsonPath("$.components[0].text").isEmpty())
                // the fixture's one pair at work this year: one pair, one mentor
                .andExpect(jsonPath("$.components[0].figures[0].code").value("PAIRS"))
                .andExpect(jsonPath("$.components[0].figures[0].value").value(1))
                .andExpect(jsonPath("$.components[3].code").value("STAFF"))
                .andExpect(jsonPath("$.components[3].figures[0].code").value("MENTORS"))
                .andExpect(jsonPath("$.components[3].figures[0].value").value(1))
                .andExpect(jsonPath("$.updatedOn").isEmpty());

        mvc.perform(put(api).param("year", String.valueOf(year))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"texts\":{\"CONTOUR\":\"Сетевое взаимодействие\",\"STAFF\":\"" + "x".repeat(4001)
                                + "\"}}")
                        .with(user(pair.curator())))
                .andExpect(status().isUnprocessableEntity());
        assertThat(jdbc.queryForObject(
                        "select count(*) from monitoring_system_review where organisation_id = ?",
                        Integer.class,
                        pair.school().value()))
                .isZero();
        mvc.perform(put(api).param("year", String.valueOf(year))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"texts\":{\"STAFF\":\"Наставники обучены\",\"SATISFACTION\":\"Высокая\"}}")
                        .with(user(fixtures.user(Role.DIRECTOR, pair.school()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components[3].text").value("Наставники обучены"))
                .andExpect(jsonPath("$.components[5].text").value("Высокая"))
                .andExpect(jsonPath("$.updatedOn").value(SchoolToday.date().toString()));
        Map<String, Object> saved = jdbc.queryForMap(
                "select * from monitoring_system_review where organisation_id = ?",
                pair.school().value());
        assertThat(saved)
                .containsEntry("staff", "Наставники обучены")
                .containsEntry("contour", null)
                .containsEntry("year_from", java.sql.Date.valueOf(LocalDate.of(year, 9, 1)));
        // another year has its own review, empty
        mvc.perform(get(api).param("year", String.valueOf(year - 1)).with(user(pair.curator())))
                .andExpect(jsonPath("$.schoolYear").value((year - 1) + "/" + year))
                .andExpect(jsonPath("$.components[3].text").isEmpty());
    }
}
