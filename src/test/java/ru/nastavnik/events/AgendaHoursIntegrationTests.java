package ru.nastavnik.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The announcement prints the agenda as the timetable the invited follow: a point outside the event's hours is
 * refused when typed (the API and the web form), new hours that leave saved points outside are refused naming them,
 * and an agenda saved outside the hours before this rule is not printed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AgendaHoursIntegrationTests {

    static final String BODY = """
            {"kind":"SEMINAR","title":"Семинар о первых шагах","startsAt":"%s","endsAt":"%s","place":"Кабинет 12",
             "schools":["%s"],"agenda":[{"time":"11:00","topic":"Открытие","speaker":"Петрова И. В."},
             {"time":"%s","topic":"Итоги","speaker":"Орлова Т. С."}]}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPointOutsideTheHoursIsRefusedOnItsLineThroughTheApiAndTheFormKeepsWhatWasTyped() throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, w.schoolA());
        LocalDateTime start = LocalDate.now().plusDays(5).atTime(11, 0);
        mvc.perform(post("/api/v1/organisations/" + w.schoolA() + "/events")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BODY.formatted(start, start.plusHours(2), w.schoolA(), "14:00")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("agenda[1].time"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Пункт программы 2: время 14:00 — вне часов мероприятия (11:00–13:00). "
                                + "Укажите время от начала до окончания мероприятия или измените его часы."));
        // a point that begins when the event ends has no time left
        mvc.perform(post("/api/v1/organisations/" + w.schoolA() + "/events")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BODY.formatted(start, start.plusHours(2), w.schoolA(), "13:00")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("agenda[1].time"));

        String page = mvc.perform(post("/events")
                        .with(user(curator))
                        .with(csrf())
                        .param("organisation", w.schoolA().toString())
                        .param("kind", "SEMINAR")
                        .param("title", "Семинар о первых шагах")
                        .param("startsAt", start.toString())
                        .param("endsAt", start.plusHours(2).toString())
                        .param("place", "Кабинет 12")
                        .param("schools", w.schoolA().toString())
                        .param("agenda", "11:00 | Открытие | Петрова И. В.\n10:30 | Кофе"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("10:30 | Кофе")
                .contains("Пункт программы 2: время 10:30 — вне часов мероприятия (11:00–13:00).");
        // under the agenda's text, where she corrects it
        assertThat(page.substring(page.indexOf("id=\"agenda\""))).contains("Пункт программы 2: время 10:30");
        assertThat(jdbc.queryForObject(
                        "select count(*) from event where title = 'Семинар о первых шагах' and organisation_id = ?",
                        Integer.class,
                        w.schoolA().value()))
                .isZero();
    }

    @Test
    void newHoursThatLeaveSavedPointsOutsideAreRefusedNamingThemAndTheAnnouncementPrintsTheTimetable()
            throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, w.schoolA());
        LocalDateTime start = LocalDate.now().plusDays(5).atTime(11, 0);
        String event = JsonPath.read(
                mvc.perform(post("/api/v1/organisations/" + w.schoolA() + "/events")
                                .with(user(curator))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(BODY.formatted(start, start.plusHours(2), w.schoolA(), "12:30")))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");

        mvc.perform(put("/api/v1/events/" + event)
                        .with(user(curator))
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BODY.formatted(start, start.plusHours(1), w.schoolA(), "12:30")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("agenda[1].time"))
                .andExpect(jsonPath("$.errors[1].field").value("endsAt"))
                .andExpect(jsonPath("$.errors[1].message")
                        .value("Часы мероприятия 11:00–12:00 не включают пункты программы: 2 (12:30). "
                                + "Измените время этих пунктов или часы мероприятия."));
        mvc.perform(post("/events/" + event)
                        .with(user(curator))
                        .with(csrf())
                        .param("version", "0")
                        .param("kind", "SEMINAR")
                        .param("title", "Семинар о первых шагах")
                        .param("startsAt", start.plusMinutes(45).toString())
                        .param("endsAt", start.plusHours(2).toString())
                        .param("place", "Кабинет 12")
                        .param("schools", w.schoolA().toString())
                        .param("agenda", "11:00 | Открытие | Петрова И. В.\n12:30 | Итоги | Орлова Т. С."))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "Часы мероприятия 11:45–13:00 не включают пункты программы: 1 (11:00).")))
                .andExpect(content().string(containsString("11:00 | Открытие")));

        String announcement = EventSamples.text(
                mvc.perform(get("/events/" + event + "/announcement").with(user(curator)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray());
        assertThat(announcement)
                .contains("11:00 — 13:00")
                .contains("11:00\tОткрытие")
                .contains("12:30\tИтоги");
    }

    @Test
    void anAgendaSavedOutsideTheHoursBeforeTheRuleIsNotPrintedButSentToTheEdit() throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, w.schoolA());
        LocalDateTime start = LocalDate.now().plusDays(5).atTime(11, 0);
        String event = JsonPath.read(
                mvc.perform(post("/api/v1/organisations/" + w.schoolA() + "/events")
                                .with(user(curator))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(BODY.formatted(start, start.plusHours(2), w.schoolA(), "12:30")))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        // as saved before the rule: the agenda typed at 14:00 for an event of 11:00-13:00
        jdbc.update(
                "update event_agenda_item set starts_at = '14:00' where event_id = ?::uuid and position = 1", event);

        mvc.perform(get("/api/v1/events/" + event + "/announcement").with(user(curator)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Объявление не сформировано: пункты программы 2 (14:00) — вне часов мероприятия "
                                + "(11:00–13:00), напечатанная программа была бы невыполнимой. Исправьте время "
                                + "пунктов или часы мероприятия и сформируйте объявление снова."));
        mvc.perform(get("/events/" + event + "/announcement").with(user(curator)))
                .andExpect(redirectedUrl("/events/" + event + "/edit"))
                .andExpect(flash().attributeExists("flashError"));
    }
}
