package ru.nastavnik.events;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A teacher invited by name who never answered online (no account, or she signed the paper sheet at the door): the
 * organiser sees her on the event's page and marks her present, which makes her a participant.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InvitedWithoutAnswerAttendanceIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    EventPeople people;

    @Test
    void theOrganiserMarksAPersonInvitedByNameFromThePaperListAndSheBecomesAParticipant() throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, w.schoolA());
        EventPeople.Teacher invited = people.teacher(curator, w.schoolA(), Role.MENTEE, "Алексеева");
        LocalDateTime start = LocalDateTime.now().plusDays(7).truncatedTo(ChronoUnit.HOURS);
        String body = """
                {"kind":"SEMINAR","title":"Установочная сессия","startsAt":"%s","endsAt":"%s","place":"Кабинет 12",
                 "people":["%s"]}
                """.formatted(start, start.plusHours(2), invited.person());
        String event = JsonPath.read(
                mvc.perform(post("/api/v1/organisations/" + w.schoolA() + "/events")
                                .with(user(curator))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        people.running(event);
        String sheet = EventSamples.text(
                mvc.perform(get("/events/" + event + "/attendance-sheet").with(user(curator)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray());
        // she signs the paper sheet though she never answered online, below her the blank rows for the unlisted
        org.assertj.core.api.Assertions.assertThat(sheet).contains("Алексеева Анна Сергеевна", "\n6\t");

        mvc.perform(get("/events/" + event).with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Алексеева Анна Сергеевна")))
                .andExpect(content().string(containsString("Приглашён(а) лично, не ответил(а)")))
                .andExpect(content().string(containsString("present-" + invited.person())));

        mvc.perform(post("/events/" + event + "/attendance")
                        .param("present", invited.person().toString())
                        .with(user(curator))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/v1/events/" + event).with(user(curator)))
                .andExpect(jsonPath("$.participants.length()").value(1))
                .andExpect(jsonPath("$.participants[0].fullName").value("Алексеева Анна Сергеевна"))
                .andExpect(jsonPath("$.participants[0].registration.status").value("REGISTERED"))
                .andExpect(jsonPath("$.participants[0].registration.attended").value(true))
                .andExpect(jsonPath("$.invitedOnly.length()").value(0));
    }
}
