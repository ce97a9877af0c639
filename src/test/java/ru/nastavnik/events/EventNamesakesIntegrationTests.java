package ru.nastavnik.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.List;
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
 * Three teachers of a municipality share a full name — two in school A (mathematics, history), one in school B — and
 * all three come to its seminar, two of them as speakers. The walk of the demo found them printed alike on the event's
 * page, the announcement, the protocol and the list of participants; each is now told apart there: the speakers by the
 * words the organiser typed in brackets, the others by their school and, beside a namesake of the same school, their
 * position and subjects. A participant without a namesake is printed as before.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EventNamesakesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    EventPeople people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ru.nastavnik.people.StaffManagement staff;

    @Test
    void namesakesAreToldApartOnThePageTheAnnouncementTheProtocolAndTheParticipantsAndOthersPrintAsBefore()
            throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, w.municipality());
        NastavnikPrincipal curatorA = fixtures.user(Role.CURATOR, w.schoolA());
        String last = "Тёзкина" + w.tag().replaceAll("[^А-Яа-яЁё]", "");
        String name = last + " Анна Сергеевна";
        EventPeople.Teacher mathsA = people.teacher(curatorA, w.schoolA(), Role.MENTOR, last);
        // a physicist: «Школа А …, учитель математики» in brackets would describe a mathematician of «Школа Б …» too
        EventPeople.Teacher inB = people.teacher(
                fixtures.user(Role.CURATOR, w.schoolB()), w.schoolB(), Role.MENTOR, last, List.of("физика"));
        var historyA = staff.create(
                curatorA, w.schoolA(), Fixtures.teacher(last, "Анна", "Сергеевна", "И-2", List.of("история")));
        EventPeople.Teacher other = people.teacher(curatorA, w.schoolA(), Role.MENTOR, "Одинокова" + last);
        String schoolA = schoolName(w.schoolA());
        String schoolB = schoolName(w.schoolB());

        LocalDateTime start = java.time.LocalDate.now().plusDays(8).atTime(10, 0);
        String location = mvc.perform(post("/events")
                        .with(user(methodologist))
                        .with(csrf())
                        .param("organisation", w.municipality().toString())
                        .param("kind", "SEMINAR")
                        .param("title", "Семинар тёзок")
                        .param("startsAt", start.toString())
                        .param("endsAt", start.plusHours(2).toString())
                        .param("place", "Зал")
                        .param("allSchools", "true")
                        .param("people", historyA.id().toString())
                        .param(
                                "agenda",
                                "10:00 | Опыт | " + name + " (" + schoolA + ", учитель математики)\n11:00 | Ещё опыт | "
                                        + name + " (" + schoolB + ")"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String event = location.substring(location.lastIndexOf('/') + 1);
        for (EventPeople.Teacher t : List.of(mathsA, inB, other)) {
            mvc.perform(post("/api/v1/events/" + event + "/registration").with(user(t.user())))
                    .andExpect(status().isCreated());
        }

        String mathsAsListed = name + " — " + schoolA + ", учитель (математика)";
        String historyAsListed = name + " — " + schoolA + ", учитель (история)";
        String inBAsListed = name + " — " + schoolB;
        String page = mvc.perform(get("/events/" + event).with(user(methodologist)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // the agenda: each speaker as the organiser told her apart
        assertThat(page)
                .contains(name + " — " + schoolA + ", учитель математики")
                .contains(name + " — " + schoolB + "</span>");
        // the participants: the two who answered, and the historian invited by name without an answer
        assertThat(participants(page))
                .contains(mathsAsListed, historyAsListed, inBAsListed)
                .contains("<td>Одинокова" + last + " Анна Сергеевна</td>");

        String announcement = EventSamples.text(
                mvc.perform(get("/events/" + event + "/announcement").with(user(methodologist)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray());
        assertThat(announcement)
                .contains(name + " — " + schoolA + ", учитель математики")
                .contains(name + " — " + schoolB);

        people.running(event);
        mvc.perform(put("/api/v1/events/" + event + "/attendance")
                        .with(user(methodologist))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"present\":[\"%s\",\"%s\",\"%s\",\"%s\"]}"
                                .formatted(mathsA.person(), inB.person(), historyA.id(), other.person())))
                .andExpect(status().isOk());
        String etag = mvc.perform(get("/api/v1/events/" + event).with(user(methodologist)))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        mvc.perform(put("/api/v1/events/" + event + "/protocol")
                        .with(user(methodologist))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"number":"7","chair":"Орлова Татьяна Сергеевна","secretary":"Кузнецова Ольга Ивановна"}"""))
                .andExpect(status().isOk());
        String protocol = EventSamples.text(
                mvc.perform(get("/api/v1/events/" + event + "/protocol").with(user(methodologist)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray());
        assertThat(protocol)
                .contains("Присутствовали: 4 чел.")
                .contains(name + " — " + schoolA + ", учитель математики")
                .contains(mathsAsListed, historyAsListed, inBAsListed)
                .contains("Одинокова" + last + " Анна Сергеевна")
                .doesNotContain("Одинокова" + last + " Анна Сергеевна —");
        // the same list on the page, now all marked present
        assertThat(participants(mvc.perform(get("/events/" + event).with(user(methodologist)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()))
                .contains(mathsAsListed, historyAsListed, inBAsListed);
    }

    private String schoolName(ru.nastavnik.shared.OrganisationId school) {
        return jdbc.queryForObject("select name from organisation where id = ?", String.class, school.value());
    }

    private static String participants(String page) {
        return page.substring(page.indexOf("id=\"participants\""));
    }
}
