package ru.nastavnik.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A teacher's landing page lists her coming events: invited by name (a mentee too) or, a mentor, with her school,
 * with her answer; not another school's, not one cancelled. An invitation reached her before only by mail.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EventHomeTileIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    EventPeople people;

    @Test
    void aTeachersHomePageListsTheComingEventsSheIsInvitedToWithHerAnswer() throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal curatorA = fixtures.user(Role.CURATOR, w.schoolA());
        EventPeople.Teacher mentor = people.teacher(curatorA, w.schoolA(), Role.MENTOR, "Волкова");
        EventPeople.Teacher mentee = people.teacher(curatorA, w.schoolA(), Role.MENTEE, "Зайцева");
        String session =
                plan(curatorA, w.schoolA(), w.schoolA(), "Установочная сессия пар", "\"" + mentee.person() + "\"", 5);
        // the district's event for school B only: school A's teachers see it in the list, not on their home page
        NastavnikPrincipal district = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, w.municipality());
        String other = plan(district, w.municipality(), w.schoolB(), "Консультация только для школы Б", "", 6);
        String cancelled = plan(curatorA, w.schoolA(), w.schoolA(), "Отменённый семинар", "", 7);
        mvc.perform(post("/api/v1/events/" + cancelled + "/cancel").with(user(curatorA)));

        mvc.perform(get("/").with(user(mentor.user())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"tile-events\""),
                                containsString("Установочная сессия пар"),
                                containsString("вы приглашены, ответа пока нет"),
                                containsString("Ждут вашего ответа: 1"),
                                not(containsString("Консультация только для школы Б")),
                                not(containsString("Отменённый семинар")))));
        // on another school's event's page she is told why she cannot register
        mvc.perform(get("/events/" + other).with(user(mentor.user())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("id=\"not-invited\""), not(containsString("id=\"register\"")))));
        mvc.perform(get("/events/" + session).with(user(mentor.user())))
                .andExpect(content().string(not(containsString("id=\"not-invited\""))));
        // the mentee is invited by name only
        mvc.perform(get("/").with(user(mentee.user())))
                .andExpect(content().string(containsString("Установочная сессия пар")));

        mvc.perform(post("/api/v1/events/" + session + "/registration").with(user(mentee.user())))
                .andExpect(status().isCreated());
        mvc.perform(get("/").with(user(mentee.user())))
                .andExpect(content()
                        .string(allOf(
                                containsString("вы записаны"),
                                containsString("/events/" + session),
                                not(containsString("Ждут вашего ответа")))));
        // a curator with no staff record of her own sees no such tile
        mvc.perform(get("/").with(user(curatorA)))
                .andExpect(content().string(not(containsString("id=\"tile-events\""))));
    }

    /** A round table where the pairs present their work: the schools' mentees are invited with one choice. */
    @Test
    void anEventForTheSchoolsMenteesTakesTheirAnswersAndSaysSoInItsAnnouncement() throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, w.schoolA());
        EventPeople.Teacher mentor = people.teacher(curator, w.schoolA(), Role.MENTOR, "Волкова");
        EventPeople.Teacher mentee = people.teacher(curator, w.schoolA(), Role.MENTEE, "Зайцева");
        LocalDateTime start = LocalDateTime.now().plusDays(5).truncatedTo(ChronoUnit.HOURS);
        String event = JsonPath.read(
                mvc.perform(post("/api/v1/organisations/" + w.schoolA() + "/events")
                                .with(user(curator))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                        {"kind":"ROUND_TABLE","title":"Итоги года пар","startsAt":"%s","endsAt":"%s","place":"Кабинет 12",
                         "schools":["%s"],"audience":"MENTEES"}""".formatted(start, start.plusHours(2), w.schoolA())))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.audience").value("MENTEES"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(post("/api/v1/events/" + event + "/registration").with(user(mentee.user())))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/events/" + event + "/registration").with(user(mentor.user())))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/").with(user(mentor.user())))
                .andExpect(content().string(not(containsString("Итоги года пар"))));
        mvc.perform(get("/events/" + event).with(user(curator)))
                .andExpect(content().string(containsString("наставляемых")));
        assertThat(EventDocumentsIntegrationTests.text(
                        mvc.perform(get("/events/" + event + "/announcement").with(user(curator)))
                                .andExpect(status().isOk())
                                .andReturn()
                                .getResponse()
                                .getContentAsByteArray()))
                .contains("Приглашаются: наставляемые (");
        // an audience the API does not know is refused naming the field
        mvc.perform(post("/api/v1/organisations/" + w.schoolA() + "/events")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"kind":"SEMINAR","title":"Семинар","startsAt":"%s","endsAt":"%s","place":"Кабинет 12",
                         "schools":["%s"],"audience":"PARENTS"}""".formatted(start, start.plusHours(2), w.schoolA())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("audience")));
        // the web form keeps the choice
        mvc.perform(get("/events/" + event + "/edit").with(user(curator)))
                // the organiser's zone against Moscow, as the announcement writes it, not «Europe/Moscow»
                .andExpect(content().string(containsString("по часовому поясу организатора: МСК")))
                .andExpect(content().string(not(containsString("Europe/"))))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.matchesPattern("(?s).*value=\"MENTEES\"[^>]*checked.*")));
    }

    private String plan(
            NastavnikPrincipal organiser,
            OrganisationId organisation,
            OrganisationId school,
            String title,
            String people,
            int days)
            throws Exception {
        LocalDateTime start = LocalDateTime.now().plusDays(days).truncatedTo(ChronoUnit.HOURS);
        return JsonPath.read(
                mvc.perform(post("/api/v1/organisations/" + organisation + "/events")
                                .with(user(organiser))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                        {"kind":"SEMINAR","title":"%s","startsAt":"%s","endsAt":"%s","place":"Кабинет 12",
                         "schools":["%s"],"people":[%s]}""".formatted(title, start, start.plusHours(2), school, people)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }
}
