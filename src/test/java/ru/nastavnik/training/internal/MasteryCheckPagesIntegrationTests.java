package ru.nastavnik.training.internal;

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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The pages of the mastery check: writing it, adding it to a course, taking it, the curator's review. */
@SpringBootTest
@AutoConfigureMockMvc
class MasteryCheckPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TrainedMentors mentors;

    @Autowired
    MasteryChecks checks;

    @Autowired
    MentorCourses courses;

    @Autowired
    CheckAttempts attempts;

    @Test
    void theCuratorWritesACheckOnItsPageTheMentorTakesItAndTheCuratorReturnsItWithAComment() throws Exception {
        TrainedMentors.School s = mentors.school();
        NastavnikPrincipal curator = s.curator();
        String org = s.school().toString();
        String location = mvc.perform(post("/training/mastery-checks")
                        .param("organisation", org)
                        .param("title", "Проверка по положению")
                        .with(user(curator))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        MasteryCheckId id = MasteryCheckId.of(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post(location + "/questions")
                        .param("type", "MULTIPLE")
                        .param("text", "Формы наставничества")
                        .param("points", "2")
                        .param("options", "*Пара\n*Группа\nОтпуск")
                        .param("version", "0")
                        .with(user(curator))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flash"));
        mvc.perform(post(location + "/questions")
                .param("type", "TEXT")
                .param("text", "Ваш план встречи")
                .param("points", "3")
                .param("version", "1")
                .with(user(curator))
                .with(csrf()));
        mvc.perform(post(location + "/pass-mark")
                        .param("passMark", "9")
                        .param("version", "2")
                        .with(user(curator))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flashError"));
        mvc.perform(post(location + "/pass-mark")
                .param("passMark", "5")
                .param("version", "2")
                .with(user(curator))
                .with(csrf()));
        mvc.perform(get(location).with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Формы наставничества")))
                .andExpect(content().string(containsString("(верный)")))
                .andExpect(content().string(containsString("Проходной балл: 5")));
        mvc.perform(get("/training/mastery-checks").param("organisation", org).with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Проверка по положению")));

        MentorCourseView course = courses.publish(curator, s.school(), "Школа наставника", null);
        mvc.perform(get("/training/mentor-courses/" + course.id()).with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("step-check")));
        mvc.perform(post("/training/mentor-courses/" + course.id() + "/steps")
                        .param("kind", "CHECK")
                        .param("check", id.toString())
                        .param("version", "0")
                        .with(user(curator))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flash"));
        UUID step = courses.get(curator, course.id()).steps().get(0).id();
        mvc.perform(get("/training/mentor-courses/" + course.id()).with(user(s.mentor())))
                .andExpect(content().string(containsString("take-check")));
        String page = "/training/mentor-courses/" + course.id() + "/steps/" + step + "/check";
        mvc.perform(get(page).with(user(s.mentor())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("a_q1-o1")))
                .andExpect(content().string(not(containsString("(верный)"))));
        mvc.perform(post(page)
                        .param("a_q1", "o1", "o2")
                        .param("a_q2", "Знакомство")
                        .with(user(s.mentor()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flash"));
        mvc.perform(get(page).with(user(s.mentor())))
                .andExpect(content().string(containsString("На проверке у куратора")))
                .andExpect(content().string(not(containsString("take-check"))));

        AttemptView waiting = attempts.awaitingReview(curator, s.school()).get(0);
        mvc.perform(get("/training/check-attempts").param("organisation", org).with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Кузнецова")));
        mvc.perform(get("/training/check-attempts/" + waiting.id())
                        .param("organisation", org)
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Знакомство")))
                .andExpect(content().string(containsString("return-attempt")));
        mvc.perform(post("/training/check-attempts/" + waiting.id() + "/return")
                        .param("organisation", org)
                        .param("comment", "")
                        .param("version", "0")
                        .with(user(curator))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flashError"));
        mvc.perform(post("/training/check-attempts/" + waiting.id() + "/return")
                        .param("organisation", org)
                        .param("comment", "Раскройте цели")
                        .param("version", "0")
                        .with(user(curator))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flash"));
        mvc.perform(get(page).with(user(s.mentor())))
                .andExpect(content().string(containsString("Раскройте цели")))
                .andExpect(content().string(containsString("take-check")));
        assertThat(checks.get(curator, id).questions()).hasSize(2);
        assertThat(attempts.awaitingReview(curator, s.school())).isEqualTo(List.of());
    }
}
