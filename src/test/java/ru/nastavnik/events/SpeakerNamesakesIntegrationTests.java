package ru.nastavnik.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Two teachers of the territory share a full name: a speaker typed by that name alone is no one in particular (the
 * organiser is told her line gives no speaker's certificate), and her school in brackets tells which one speaks.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SpeakerNamesakesIntegrationTests {

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
    void aNamesakeSpeakerIsLinkedByHerSchoolInBracketsAndAnAmbiguousOneIsFlaggedToTheOrganiser() throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, w.municipality());
        String tag = w.tag().replaceAll("[^А-Яа-яЁё]", "");
        people.teacher(fixtures.user(Role.CURATOR, w.schoolA()), w.schoolA(), Role.MENTOR, "Тёзкина" + tag);
        EventPeople.Teacher inB =
                people.teacher(fixtures.user(Role.CURATOR, w.schoolB()), w.schoolB(), Role.MENTOR, "Тёзкина" + tag);
        String schoolB = jdbc.queryForObject(
                "select name from organisation where id = ?",
                String.class,
                w.schoolB().value());
        String name = "Тёзкина" + tag + " Анна Сергеевна";

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
                        .param(
                                "agenda",
                                "10:00 | Опыт | " + name + "\n11:00 | Ещё опыт | " + name + " (" + schoolB + ")"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String event = location.substring(location.lastIndexOf('/') + 1);
        String card = mvc.perform(get("/api/v1/events/" + event).with(user(methodologist)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<String>read(card, "$.event.agenda[0].speaker")).isNull();
        assertThat(JsonPath.<String>read(card, "$.event.agenda[0].speakerText")).isEqualTo(name);
        assertThat(JsonPath.<String>read(card, "$.event.agenda[1].speaker"))
                .isEqualTo(inB.person().toString());

        mvc.perform(get("/events/" + event).with(user(methodologist)))
                .andExpect(content().string(containsString("agenda-speaker-unlinked-0")))
                .andExpect(content().string(containsString("сертификат докладчика не выдаётся")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("agenda-speaker-unlinked-1"))))
                // the municipality's requisites name no head: her certificates would be signed by no one
                .andExpect(content().string(containsString("id=\"head-unnamed\"")));
    }

    @Test
    void namesakesOfOneSchoolAreToldApartByTheSubjectInBracketsAndTheCalendarNamesTheSpeaker() throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, w.municipality());
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, w.schoolA());
        String last = "Двойникова" + w.tag().replaceAll("[^А-Яа-яЁё]", "");
        staff.create(curator, w.schoolA(), Fixtures.teacher(last, "Анна", "Сергеевна", "М-1", List.of("математика")));
        var historian = staff.create(
                curator, w.schoolA(), Fixtures.teacher(last, "Анна", "Сергеевна", "И-2", List.of("история")));
        String school = jdbc.queryForObject(
                "select name from organisation where id = ?",
                String.class,
                w.schoolA().value());
        // as the hint writes it: the school and «учитель истории» (her position «учитель», her subject «история»)
        String written = last + " Анна Сергеевна (" + school + ", учитель истории)";

        LocalDateTime start = java.time.LocalDate.now().plusDays(8).atTime(10, 0);
        String location = mvc.perform(post("/events")
                        .with(user(methodologist))
                        .with(csrf())
                        .param("organisation", w.municipality().toString())
                        .param("kind", "SEMINAR")
                        .param("title", "Семинар историков")
                        .param("startsAt", start.toString())
                        .param("endsAt", start.plusHours(2).toString())
                        .param("place", "Зал")
                        .param("allSchools", "true")
                        .param("agenda", "10:00 | Опыт | " + written))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String event = location.substring(location.lastIndexOf('/') + 1);
        String card = mvc.perform(get("/api/v1/events/" + event).with(user(methodologist)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<String>read(card, "$.event.agenda[0].speaker"))
                .isEqualTo(historian.id().toString());

        // the calendar's description names her, and the form gives back the line as written, which links her again
        mvc.perform(get("/events/" + event + "/calendar.ics").with(user(methodologist)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(last)));
        mvc.perform(get("/events/" + event + "/edit").with(user(methodologist)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(written)));
    }
}
