package ru.nastavnik.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** An event's .ics follows its changes under one UID; the personal feed answers its token until she revokes it. */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    EventPeople people;

    @Autowired
    ru.nastavnik.organisation.UserManagement userManagement;

    @Autowired
    ru.nastavnik.shared.PublicBaseUrl site;

    VEvent only(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.validate().hasErrors()).as(ics).isFalse();
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void theEventsCalendarFileKeepsItsUidRaisesItsSequenceOnChangeAndSaysWhenItIsCancelled() throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, w.schoolA());
        EventPeople.Teacher mentor = people.teacher(curator, w.schoolA(), Role.MENTOR, "Егорова");
        NastavnikPrincipal strangerCurator =
                fixtures.user(Role.CURATOR, fixtures.world().schoolA());
        LocalDateTime start = LocalDateTime.now().plusDays(3).truncatedTo(ChronoUnit.HOURS);
        String body = """
                {"kind":"CONSULTATION","title":"Консультация наставников","startsAt":"%s","endsAt":"%s",
                 "onlineLink":"https://telemost.yandex.ru/j/123","schools":["%s"]}""";
        String event = JsonPath.read(
                mvc.perform(post("/api/v1/organisations/" + w.schoolA() + "/events")
                                .with(user(curator))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body.formatted(start, start.plusHours(1), w.schoolA())))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");

        VEvent first =
                only(mvc.perform(get("/events/" + event + "/calendar.ics").with(user(mentor.user())))
                        .andExpect(status().isOk())
                        .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(value(first, Property.UID)).isEqualTo(event + "@nastavnik");
        assertThat(value(first, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(first, Property.LOCATION)).isEqualTo("https://telemost.yandex.ru/j/123");
        assertThat(first.getDateTimeStart().getParameter("TZID").map(p -> p.getValue()))
                .contains("Europe/Moscow");

        mvc.perform(put("/api/v1/events/" + event)
                        .with(user(curator))
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(start.plusHours(2), start.plusHours(3), w.schoolA())))
                .andExpect(status().isOk());
        VEvent moved = only(
                mvc.perform(get("/api/v1/events/" + event + "/calendar.ics").with(user(mentor.user())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(value(moved, Property.UID)).isEqualTo(event + "@nastavnik");
        assertThat(value(moved, Property.SEQUENCE)).isEqualTo("1");

        mvc.perform(post("/events/" + event + "/cancel").with(user(curator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        VEvent cancelled =
                only(mvc.perform(get("/events/" + event + "/calendar.ics").with(user(mentor.user())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(cancelled, Property.SEQUENCE)).isEqualTo("2");

        mvc.perform(get("/events/" + event + "/calendar.ics").with(user(strangerCurator)))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePersonalFeedAnswersItsTokenWithoutSignInUntilRevokedOrReissued() throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, w.schoolA());
        EventPeople.Teacher mentor = people.teacher(curator, w.schoolA(), Role.MENTOR, "Жукова");
        LocalDateTime start = LocalDateTime.now().plusDays(2).truncatedTo(ChronoUnit.HOURS);
        String event = JsonPath.read(
                mvc.perform(post("/api/v1/organisations/" + w.schoolA() + "/events")
                                .with(user(curator))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                        {"kind":"INSTALLATION_SESSION","title":"Установочная сессия","startsAt":"%s","endsAt":"%s",
                         "place":"Кабинет 21","schools":["%s"]}""".formatted(start, start.plusHours(1), w.schoolA())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(post("/api/v1/events/" + event + "/registration").with(user(mentor.user())))
                .andExpect(status().isCreated());

        String url = JsonPath.read(
                mvc.perform(post("/api/v1/me/calendar-feed").with(user(mentor.user())))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.url");
        String path = URI.create(url).getPath();
        assertThat(value(
                        only(mvc.perform(get(path))
                                .andExpect(status().isOk())
                                .andReturn()
                                .getResponse()
                                .getContentAsString()),
                        Property.UID))
                .isEqualTo(event + "@nastavnik");
        // the organiser's feed holds the school's events without her registering
        String curatorFeed = JsonPath.read(
                mvc.perform(post("/api/v1/me/calendar-feed").with(user(curator)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.url");
        assertThat(mvc.perform(get(URI.create(curatorFeed).getPath()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(event + "@nastavnik");

        String reissued = (String) mvc.perform(
                        post("/events/calendar/feed").with(user(mentor.user())).with(csrf()))
                .andExpect(flash().attributeExists("feedUrl"))
                .andReturn()
                .getFlashMap()
                .get("feedUrl");
        mvc.perform(get(path)).andExpect(status().isNotFound());
        mvc.perform(get(URI.create(reissued).getPath())).andExpect(status().isOk());
        mvc.perform(delete("/api/v1/me/calendar-feed").with(user(mentor.user())))
                .andExpect(status().isNoContent());
        mvc.perform(get(URI.create(reissued).getPath())).andExpect(status().isNotFound());
        mvc.perform(get("/events/calendar").with(user(mentor.user())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Ссылка на календарь не выпущена.")));
        mvc.perform(get("/calendar/feeds/not-a-token.ics")).andExpect(status().isNotFound());
        String lastUrl = JsonPath.read(
                mvc.perform(post("/api/v1/me/calendar-feed").with(user(mentor.user())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.url");
        mvc.perform(get(URI.create(lastUrl).getPath())).andExpect(status().isOk());
        userManagement.block(Fixtures.SYSTEM, mentor.user().id(), false);
        mvc.perform(get(URI.create(lastUrl).getPath())).andExpect(status().isNotFound());
    }

    /**
     * A calendar application polls the feed's address for months: it is built on the configured public address,
     * never on the request's {@code Host} (issue 20, item 9), so a forged or internal host cannot carry the token
     * elsewhere.
     */
    @Test
    void theFeedsAddressIsOnThePublicAddressWhateverHostTheRequestNamed() throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, w.schoolA());
        EventPeople.Teacher mentor = people.teacher(curator, w.schoolA(), Role.MENTOR, "Захарова");
        String onPage = (String) mvc.perform(post("/events/calendar/feed")
                        .header("Host", "evil.example")
                        .header("X-Forwarded-Host", "evil.example")
                        .with(user(mentor.user()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("feedUrl"))
                .andReturn()
                .getFlashMap()
                .get("feedUrl");
        String inApi = JsonPath.read(
                mvc.perform(post("/api/v1/me/calendar-feed")
                                .header("Host", "evil.example")
                                .header("X-Forwarded-Host", "evil.example")
                                .with(user(mentor.user())))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.url");
        for (String url : List.of(onPage, inApi)) {
            assertThat(url)
                    .startsWith(site.of("/calendar/feeds/"))
                    .endsWith(".ics")
                    .doesNotContain("evil.example");
        }
        mvc.perform(get(URI.create(inApi).getPath())).andExpect(status().isOk());
    }
}
