package ru.nastavnik.events;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A municipality's seminar for its schools' curators of mentorship: the schools' curators and directors are invited
 * and register, find it on their home page and are told whom it invites; the schools' mentors are not invited.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CuratorsSeminarIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    EventPeople people;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aSeminarForCuratorsInvitesTheSchoolsCuratorsAndDirectorsNotTheirMentors() throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, w.municipality());
        String tag = w.tag().replaceAll("[^А-Яа-яЁё]", "");
        NastavnikPrincipal curatorOfA = fixtures.user(Role.CURATOR, w.schoolA());
        EventPeople.Teacher curator = people.teacher(curatorOfA, w.schoolA(), Role.CURATOR, "Кураторова" + tag);
        EventPeople.Teacher director = people.teacher(curatorOfA, w.schoolA(), Role.DIRECTOR, "Директорова" + tag);
        EventPeople.Teacher mentor = people.teacher(curatorOfA, w.schoolA(), Role.MENTOR, "Наставникова" + tag);

        // the curator's account has an address: with no mail server she still finds the invitation in the system
        jdbc.update(
                "update app_user set email = ? where id = ?",
                "curator-" + tag + "@school.test",
                curator.user().id().value());
        jdbc.update(
                "update app_user set email = ? where id = ?",
                "mentor-" + tag + "@school.test",
                mentor.user().id().value());

        LocalDateTime start = java.time.LocalDate.now().plusDays(9).atTime(14, 0);
        String location = mvc.perform(post("/events")
                        .with(user(methodologist))
                        .with(csrf())
                        .param("organisation", w.municipality().toString())
                        .param("kind", "SEMINAR")
                        .param("title", "Семинар кураторов наставничества")
                        .param("startsAt", start.toString())
                        .param("endsAt", start.plusHours(2).toString())
                        .param("place", "Информационно-методический центр")
                        .param("allSchools", "true")
                        .param("audience", "CURATORS"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String event = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(get("/api/v1/events/" + event).with(user(methodologist)))
                .andExpect(jsonPath("$.event.audience").value("CURATORS"));
        mvc.perform(get("/events/" + event).with(user(methodologist)))
                .andExpect(content().string(containsString("кураторов наставничества и директоров")));
        // the form's «all schools» says whom it invites there: not «Все наставники территории» (the page's script
        // shows the words of the audience chosen; the others stay in the page, hidden)
        mvc.perform(get("/events/" + event + "/edit").with(user(methodologist)))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "data-all-schools=\"CURATORS\">Кураторы наставничества и директора всех школ территории</span>")))
                .andExpect(content()
                        .string(containsString(
                                "data-all-schools=\"MENTORS\" hidden=\"hidden\">Все наставники территории")));

        mvc.perform(get("/api/v1/me/notifications").with(user(curator.user())))
                .andExpect(jsonPath("$[0].subject").value("Приглашение: Семинар кураторов наставничества"))
                .andExpect(jsonPath("$[0].link").value("/events/" + event));
        mvc.perform(get("/api/v1/me/notifications").with(user(mentor.user())))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/").with(user(curator.user())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Семинар кураторов наставничества")));
        mvc.perform(post("/api/v1/events/" + event + "/registration").with(user(curator.user())))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/events/" + event + "/registration").with(user(director.user())))
                .andExpect(status().isCreated());
        mvc.perform(get("/").with(user(mentor.user())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Семинар кураторов наставничества"))));
        mvc.perform(post("/api/v1/events/" + event + "/registration").with(user(mentor.user())))
                .andExpect(status().is4xxClientError());
    }
}
