package ru.nastavnik.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * What the mentor course says to the mentor: why its knowledge check is still closed and what to do first; a
 * description written for her, while how the course may be changed is said to those who may change it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MentorCourseTextsIntegrationTests {

    private static final String EDIT_HINT = "Курс можно изменить";

    @Autowired
    MockMvc mvc;

    @Autowired
    TrainedMentors mentors;

    @Autowired
    MentorCourses courses;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCheckClosedBeforeTheEarlierStepsSaysWhichToDoFirstAndOpensOnceTheyAreDone() throws Exception {
        TrainedMentors.School s = mentors.school();
        MentorCourseView course = courses.publishDefault(s.curator(), s.school());
        List<UUID> steps = course.steps().stream().map(StepView::id).toList();
        String check = "/training/mentor-courses/" + course.id() + "/steps/" + steps.get(3) + "/check";
        mvc.perform(post("/training/mentor-courses/" + course.id() + "/steps/" + steps.get(0) + "/done")
                        .with(user(s.mentor()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        String closed = page(check, s.mentor());
        assertThat(closed).contains("id=\"check-closed\"").doesNotContain("id=\"take-check\"");
        String reason = closed.substring(closed.indexOf("id=\"check-closed\""));
        reason = reason.substring(0, reason.indexOf("</div>"));
        assertThat(reason)
                .contains("откроется, когда будут выполнены предыдущие")
                .doesNotContain(course.steps().get(0).title())
                .contains(course.steps().get(1).title(), course.steps().get(2).title())
                .contains("href=\"/training/mentor-courses/" + course.id() + "\"");

        for (int i = 1; i < 3; i++) {
            mvc.perform(post("/training/mentor-courses/" + course.id() + "/steps/" + steps.get(i) + "/done")
                    .with(user(s.mentor()))
                    .with(csrf()));
        }
        assertThat(page(check, s.mentor())).contains("id=\"take-check\"").doesNotContain("id=\"check-closed\"");
    }

    @Test
    void theMentorReadsADescriptionWrittenForHerAndTheEditorTheHintOnChangingIt() throws Exception {
        TrainedMentors.School s = mentors.school();
        MentorCourseView course = courses.publishDefault(s.curator(), s.school());
        String detail = "/training/mentor-courses/" + course.id();
        assertThat(page(detail, s.mentor()))
                .contains("Курс для вас как наставника")
                .doesNotContain(EDIT_HINT);
        assertThat(page(detail, s.curator()))
                .contains("Курс для вас как наставника")
                .contains(EDIT_HINT);
    }

    /** A default course created before keeps the editor's hint out of its description once the migration has run. */
    @Test
    void aDefaultCourseCreatedBeforeGetsTheMentorsDescription() throws Exception {
        TrainedMentors.School s = mentors.school();
        String old = "Базовый курс для наставников образовательной организации: нормативная база, роль наставника,"
                + " планирование работы пары и проверка знаний. Курс можно изменить: добавить методические материалы,"
                + " установочную сессию, свои задания.";
        UUID earlier = UUID.randomUUID();
        UUID own = UUID.randomUUID();
        jdbc.update(
                "insert into training_mentor_course (id, organisation_id, title, description) values (?, ?, ?, ?)",
                earlier,
                s.school().value(),
                "Школа наставника",
                old);
        jdbc.update(
                "insert into training_mentor_course (id, organisation_id, title, description) values (?, ?, ?, ?)",
                own,
                s.school().value(),
                "Свой курс",
                "Курс можно изменить — пишет школа сама.");
        jdbc.execute(Files.readString(
                Path.of("src/main/resources/db/migration/V176__training_mentor_course_description_for_mentors.sql"),
                StandardCharsets.UTF_8));
        assertThat(description(earlier))
                .isEqualTo(DefaultMentorCourse.DESCRIPTION)
                .doesNotContain(EDIT_HINT);
        assertThat(description(own)).isEqualTo("Курс можно изменить — пишет школа сама.");
    }

    private String description(UUID course) {
        return jdbc.queryForObject("select description from training_mentor_course where id = ?", String.class, course);
    }

    private String page(String path, NastavnikPrincipal who) throws Exception {
        return mvc.perform(get(path).with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
