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

/** The pair at work on its programme's page, as a tester found it: forms that lost what she typed. */
@SpringBootTest
@AutoConfigureMockMvc
class ProgrammeWorkIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CompletedProgrammes programmes;

    @Autowired
    JdbcTemplate jdbc;

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
                .andExpect(content().string(not(containsString("Мероприятия и результаты:"))))
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
        mvc.perform(get(page).with(user(p.mentee())))
                .andExpect(content().string(containsString("Мероприятия и результаты:")));
    }

    private int meetings(CompletedProgrammes.Completed p) {
        return jdbc.queryForObject(
                "select count(*) from programme_meeting where programme_id = ?",
                Integer.class,
                UUID.fromString(p.programme()));
    }
}
