package ru.nastavnik.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A refused training form comes back with everything she typed and the problem beside its field, whether or not her
 * browser runs the page's script: a course she records (only its file is to be chosen again) and the answers of a
 * mastery check, the essay too.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RefusedTrainingFormsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TrainedMentors mentors;

    @Autowired
    MentorCourses courses;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRefusedCourseComesBackAsTypedWithTheProblemBesideItsField() throws Exception {
        TrainedMentors.School s = mentors.school();
        String page = mvc.perform(multipart("/training/courses")
                        .file(new MockMultipartFile(
                                "certificate", "удостоверение.pdf", "application/pdf", MaterialIntegrationTests.PDF))
                        .param("provider", "ГАУ ДПО «ИРО»")
                        .param("title", "Наставничество в школе")
                        .param("hours", "5000")
                        .param("startsOn", "2026-10-20")
                        .param("endsOn", "2026-10-01")
                        .with(user(s.mentor()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("value=\"ГАУ ДПО «ИРО»\"")
                .contains("value=\"Наставничество в школе\"")
                .contains("value=\"5000\"")
                .contains("value=\"2026-10-20\"")
                .contains("value=\"2026-10-01\"")
                .contains("выберите скан удостоверения ещё раз");
        assertThat(beside(page, "hours")).contains("Часов: укажите целое число больше нуля");
        assertThat(page).contains("class=\"form-control is-invalid\" id=\"course-hours\"");

        page = mvc.perform(multipart("/training/courses")
                        .param("provider", "ГАУ ДПО «ИРО»")
                        .param("title", "Наставничество в школе")
                        .param("hours", "72")
                        .param("startsOn", "2026-10-20")
                        .param("endsOn", "2026-10-01")
                        .with(user(s.mentor()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(beside(page, "endsOn")).isEqualTo("Окончание: дата окончания раньше даты начала.");
        assertThat(page).contains("value=\"72\"").doesNotContain("certificate-again");
        assertThat(jdbc.queryForObject(
                        "select count(*) from training_course where person_id = ?",
                        Integer.class,
                        s.mentorPerson().value()))
                .isZero();
    }

    @Test
    void aRefusedCorrectionComesBackAsTyped() throws Exception {
        TrainedMentors.School s = mentors.school();
        mvc.perform(multipart("/training/courses")
                        .param("provider", "ИРО")
                        .param("title", "Методика")
                        .param("hours", "36")
                        .param("startsOn", "2026-09-01")
                        .param("endsOn", "2026-09-10")
                        .with(user(s.mentor()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String course = jdbc.queryForObject(
                "select id::text from training_course where person_id = ?",
                String.class,
                s.mentorPerson().value());
        String page = mvc.perform(post("/training/courses/" + course)
                        .param("provider", "ИРО")
                        .param("title", "Методика наставничества")
                        .param("hours", "0")
                        .param("startsOn", "2026-09-01")
                        .param("endsOn", "2026-09-10")
                        .param("version", "0")
                        .with(user(s.mentor()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("value=\"Методика наставничества\"").contains("value=\"0\"");
        assertThat(beside(page, "hours")).contains("Часов: укажите целое число больше нуля");
    }

    @Test
    void aCheckWithAQuestionLeftUnansweredComesBackWithEveryAnswerKept() throws Exception {
        TrainedMentors.School s = mentors.school();
        MentorCourseView course = courses.publishDefault(s.curator(), s.school());
        List<UUID> steps = course.steps().stream().map(StepView::id).toList();
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/training/mentor-courses/" + course.id() + "/steps/" + steps.get(i) + "/done")
                            .with(user(s.mentor()))
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        String essay = "Познакомлюсь, расспрошу о трудностях, договоримся о встречах по четвергам.";
        String page = mvc.perform(post("/training/mentor-courses/" + course.id() + "/steps/" + steps.get(3) + "/check")
                        .param("a_q1", "o2")
                        .param("a_q3", "o1", "o3")
                        .param("a_q4", essay)
                        .with(user(s.mentor()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(">" + essay + "</textarea>")
                .containsPattern(checked("a_q1-o2"))
                .containsPattern(checked("a_q3-o1"))
                .containsPattern(checked("a_q3-o3"))
                .doesNotContainPattern(checked("a_q1-o1"))
                .doesNotContainPattern(checked("a_q3-o2"));
        assertThat(page.substring(page.indexOf("data-question=\"q2\"")))
                .contains("Ответьте на обязательный вопрос «Что нужно от педагога");
    }

    private static Pattern checked(String id) {
        return Pattern.compile("id=\"" + id + "\"[^>]*checked");
    }

    /** The message shown beside a field of the course form. */
    private static String beside(String page, String field) {
        String from = page.substring(page.indexOf("data-field=\"" + field + "\""));
        return from.substring(from.indexOf('>') + 1, from.indexOf("</div>")).strip();
    }
}
