package ru.nastavnik.programme;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.shared.web.Dates;

/**
 * The pair at work on its programme's page, as a tester found it: meetings dated before the programme or in the
 * future, a «Выполнено» that could not be taken back, forms that lost what she typed, a woman signed «наставляемый».
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProgrammeWorkIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CompletedProgrammes programmes;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMeetingBeforeTheProgrammeStartedOrAfterTheSchoolsTodayIsRefusedNamingItsDateAndNothingIsSaved()
            throws Exception {
        CompletedProgrammes.Completed p = programmes.inProgress();
        String page = "/mentorship/programmes/" + p.programme();
        LocalDate start = jdbc.queryForObject(
                "select starts_on from programme where id = ?", LocalDate.class, UUID.fromString(p.programme()));

        mvc.perform(post(page + "/meetings")
                        .param("heldOn", "2020-01-01")
                        .param("topic", "Разбор урока")
                        .param("outcome", "Договорились о правилах")
                        .with(user(p.mentor()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Дата встречи не может быть раньше начала программы ("
                                + Dates.DATE.format(start) + ").")))
                .andExpect(content().string(containsString("value=\"2020-01-01\"")));
        mvc.perform(post(page + "/meetings")
                        .param("heldOn", "2027-12-31")
                        .param("topic", "Разбор урока")
                        .with(user(p.mentor()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Дата встречи не может быть позже сегодняшнего дня ("
                                + Dates.DATE.format(SchoolToday.date()) + ")")));
        mvc.perform(post("/api/v1/programmes/" + p.programme() + "/meetings")
                        .with(user(p.mentee()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"heldOn\":\"" + SchoolToday.date().plusDays(1) + "\",\"topic\":\"Разбор урока\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("heldOn"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Дата встречи")));
        assertThat(meetings(p)).isZero();

        mvc.perform(post(page + "/meetings")
                        .param("heldOn", start.toString())
                        .param("topic", "Знакомство")
                        .with(user(p.mentor()))
                        .with(csrf()))
                .andExpect(redirectedUrl(page));
        mvc.perform(post(page + "/meetings")
                        .param("heldOn", SchoolToday.date().toString())
                        .param("topic", "Разбор урока")
                        .with(user(p.mentor()))
                        .with(csrf()))
                .andExpect(redirectedUrl(page));
        assertThat(meetings(p)).isEqualTo(2);
    }

    /** A «Выполнено» given by mistake is taken back on the page and through the API, audited as the mark is. */
    @Test
    void aDoneMarkIsTakenBackByWhoeverMayGiveItWhileTheProgrammeRuns() throws Exception {
        CompletedProgrammes.Completed p = programmes.inProgress();
        String page = "/mentorship/programmes/" + p.programme();
        String api = "/api/v1/programmes/" + p.programme();
        String activity = JsonPath.read(
                mvc.perform(get(api).with(user(p.mentor())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.programme.activities[0].id");
        mvc.perform(post(page + "/activities/" + activity + "/done")
                        .param("note", "Разобрали три ситуации")
                        .with(user(p.mentor()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flash"));
        mvc.perform(get(page).with(user(p.mentee())))
                .andExpect(content().string(containsString("unmark-done")))
                .andExpect(content().string(containsString("Снять отметку «Выполнено»")));

        mvc.perform(post(page + "/activities/" + activity + "/done")
                        .param("done", "false")
                        .with(user(p.mentee()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flash"));
        mvc.perform(get(api).with(user(p.curator())))
                .andExpect(jsonPath("$.programme.activities[0].doneOn").isEmpty())
                .andExpect(jsonPath("$.programme.activities[0].resultNote").isEmpty());
        mvc.perform(get(page).with(user(p.mentee()))).andExpect(content().string(not(containsString("unmark-done"))));

        mvc.perform(post(api + "/activities/" + activity + "/done")
                        .with(user(p.curator()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(jsonPath("$.activities[0].doneOn")
                        .value(SchoolToday.date().toString()));
        mvc.perform(post(api + "/activities/" + activity + "/done")
                        .with(user(p.curator()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"done\":false}"))
                .andExpect(jsonPath("$.activities[0].doneOn").isEmpty());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where subject_id = ? and details = ?",
                        Integer.class,
                        UUID.fromString(p.programme()),
                        "отметка о выполнении снята"))
                .isEqualTo(2);
        mvc.perform(post(api + "/activities/" + activity + "/done")
                        .with(user(p.stranger()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"done\":false}"))
                .andExpect(status().isNotFound());

        // completed, the plan stands as it was done
        mvc.perform(post(api + "/activities/" + activity + "/done")
                        .with(user(p.mentor()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isOk());
        programmes.complete(p);
        mvc.perform(post(page + "/activities/" + activity + "/done")
                        .param("done", "false")
                        .with(user(p.mentor()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flashError"));
        mvc.perform(get(api).with(user(p.mentor())))
                .andExpect(jsonPath("$.programme.activities[0].doneOn").isNotEmpty());
        mvc.perform(get(page).with(user(p.mentor()))).andExpect(content().string(not(containsString("unmark-done"))));
    }

    /** Refused, the meeting and the proposal of the practice come back as she typed them, the problem beside it. */
    @Test
    void aRefusedMeetingOrProposalComesBackAsSheTypedItWithTheProblemBesideTheField() throws Exception {
        CompletedProgrammes.Completed p = programmes.inProgress();
        String page = "/mentorship/programmes/" + p.programme();
        mvc.perform(post(page + "/meetings")
                        .param("heldOn", SchoolToday.date().toString())
                        .param("topic", "   ")
                        .param("outcome", "Договорились о правилах в классе")
                        .with(user(p.mentor()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Договорились о правилах в классе\"")))
                .andExpect(content()
                        .string(containsString(
                                "<div class=\"invalid-feedback\">Тема встречи пуста или длиннее 500 знаков.</div>")));
        assertThat(meetings(p)).isZero();

        programmes.complete(p);
        mvc.perform(post(page + "/practice")
                        .param("title", " ")
                        .param("summary", "Моё описание: как мы выстроили правила в классе")
                        .with(user(p.mentee()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("Моё описание: как мы выстроили правила в классе</textarea>")))
                .andExpect(content().string(not(containsString("Мероприятия плана:"))))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "<div class=\"invalid-feedback mb-2\">Название практики пусто или длиннее 300 знаков.</div>")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from practice where source_id = ?",
                        Integer.class,
                        UUID.fromString(p.programme())))
                .isZero();
        mvc.perform(get(page).with(user(p.mentee()))).andExpect(content().string(containsString("Мероприятия плана:")));
    }

    /** «Иванова Мария Петровна (наставляемый)» was shown for a woman: the role agrees with her staff record. */
    @Test
    void aCommentIsSignedWithTheRoleInTheAuthorsGender() throws Exception {
        CompletedProgrammes.Completed p = programmes.inProgress();
        String page = "/mentorship/programmes/" + p.programme();
        comment(p, p.mentee(), "Можно перенести встречу?");
        comment(p, p.mentor(), "Да, на четверг");
        mvc.perform(get(page).with(user(p.mentor())))
                .andExpect(content().string(containsString("(наставляемая)")))
                .andExpect(content().string(not(containsString("(наставляемый)"))))
                .andExpect(content().string(containsString("(наставник)")));

        // a man's record: his next comment reads «наставляемый»
        jdbc.update("""
                update person set gender = 'MALE' where id in (select m.person_id from mentorship_member m
                join programme pr on pr.mentorship_id = m.mentorship_id where pr.id = ? and m.role = 'MENTEE')""", UUID.fromString(p.programme()));
        comment(p, p.mentee(), "Спасибо");
        mvc.perform(get(page).with(user(p.mentor()))).andExpect(content().string(containsString("(наставляемый)")));
    }

    private void comment(
            CompletedProgrammes.Completed p, ru.nastavnik.shared.security.NastavnikPrincipal who, String text)
            throws Exception {
        mvc.perform(post("/mentorship/programmes/" + p.programme() + "/comments")
                        .param("text", text)
                        .with(user(who))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flash"));
    }

    private int meetings(CompletedProgrammes.Completed p) {
        return jdbc.queryForObject(
                "select count(*) from programme_meeting where programme_id = ?",
                Integer.class,
                UUID.fromString(p.programme()));
    }
}
