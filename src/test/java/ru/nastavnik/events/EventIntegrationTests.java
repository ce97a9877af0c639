package ru.nastavnik.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** A municipality's seminar for the mentors of two schools: registration, waiting list, check-in, attendance, the curators' view. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class EventIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    EventPeople people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents published;

    static String seminar(Fixtures.World w, LocalDateTime start, LocalDateTime end, Integer capacity) {
        return EventSamples.seminar(w, start, end, capacity);
    }

    ResultActions api(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            NastavnikPrincipal who,
            String body)
            throws Exception {
        return mvc.perform(
                request.with(user(who)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void theMentorsOfTwoSchoolsRegisterQueueCheckInAndEachCuratorSeesOnlyHerOwnPeople() throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, w.municipality());
        NastavnikPrincipal curatorA = fixtures.user(Role.CURATOR, w.schoolA());
        NastavnikPrincipal curatorB = fixtures.user(Role.CURATOR, w.schoolB());
        EventPeople.Teacher mentorA = people.teacher(curatorA, w.schoolA(), Role.MENTOR, "Алексеева");
        EventPeople.Teacher mentorB = people.teacher(curatorB, w.schoolB(), Role.MENTOR, "Борисова");
        EventPeople.Teacher menteeA = people.teacher(curatorA, w.schoolA(), Role.MENTEE, "Васильева");
        LocalDateTime start = LocalDateTime.now().plusDays(7).truncatedTo(ChronoUnit.HOURS);

        String event = JsonPath.read(
                api(
                                post("/api/v1/organisations/" + w.municipality() + "/events"),
                                methodologist,
                                seminar(w, start, start.plusHours(2), 1))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.zone").value("Europe/Moscow"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");

        api(post("/api/v1/events/" + event + "/registration"), mentorA.user(), "")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REGISTERED"));
        api(post("/api/v1/events/" + event + "/registration"), mentorA.user(), "")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Вы уже зарегистрированы на это мероприятие (или стоите в листе ожидания)."));
        api(post("/api/v1/events/" + event + "/registration"), mentorB.user(), "")
                .andExpect(jsonPath("$.status").value("WAITING"));
        api(post("/api/v1/events/" + event + "/registration"), menteeA.user(), "")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("Вы не приглашены на это мероприятие."));
        api(post("/api/v1/events/" + event + "/decline"), mentorA.user(), "")
                .andExpect(jsonPath("$.status").value("DECLINED"));
        mvc.perform(get("/api/v1/events/" + event).with(user(mentorB.user())))
                .andExpect(jsonPath("$.mine.status").value("REGISTERED"))
                .andExpect(jsonPath("$.checkinCode").doesNotExist())
                .andExpect(jsonPath("$.participants.length()").value(0));

        api(post("/api/v1/events/" + event + "/check-in"), mentorB.user(), "{\"code\":\"000000\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].message").value("Код действует только во время мероприятия."));
        String code = JsonPath.read(
                mvc.perform(get("/api/v1/events/" + event).with(user(methodologist)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.checkinCode");
        people.running(event);
        api(post("/api/v1/events/" + event + "/check-in"), menteeA.user(), "{\"code\":\"" + code + "\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Отметиться кодом может только приглашённый на мероприятие."));
        api(post("/api/v1/events/" + event + "/check-in"), mentorB.user(), "{\"code\":\"" + code + "\"}")
                .andExpect(jsonPath("$.attended").value(true))
                .andExpect(jsonPath("$.selfCheckedIn").value(true));
        assertThat(published.stream(AttendanceRecorded.class)
                        .filter(a -> a.event().toString().equals(event)))
                .anySatisfy(a -> assertThat(a.present()).containsExactly(mentorB.person()));

        api(
                        put("/api/v1/events/" + event + "/attendance"),
                        methodologist,
                        "{\"present\":[\"" + mentorA.person() + "\"]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(
                        jsonPath("$.errors[0].message")
                                .value(
                                        "Отметить присутствие можно только у зарегистрированных участников и приглашённых лично."));

        mvc.perform(get("/api/v1/organisations/" + w.schoolA() + "/event-participation")
                        .with(user(curatorA)))
                .andExpect(jsonPath("$[0].people.length()").value(1))
                .andExpect(jsonPath("$[0].people[0].fullName").value("Алексеева Анна Сергеевна"))
                .andExpect(jsonPath("$[0].people[0].registration.status").value("DECLINED"));
        mvc.perform(get("/events/participation").with(user(curatorB)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Борисова Анна Сергеевна")))
                .andExpect(content().string(not(containsString("Алексеева"))));
        mvc.perform(get("/api/v1/events/" + event).with(user(curatorA)))
                .andExpect(jsonPath("$.participants[*].fullName").value(hasItem("Алексеева Анна Сергеевна")))
                .andExpect(jsonPath("$.participants.length()").value(1));

        api(post("/api/v1/events/" + event + "/held"), methodologist, "")
                .andExpect(jsonPath("$.status").value("HELD"));
        assertThat(published.stream(EventHeld.class)
                        .filter(h -> h.event().toString().equals(event)))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.attended()).containsExactly(mentorB.person());
                    assertThat(h.organisation()).isEqualTo(w.municipality());
                });
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where organisation_id = ? and details like '%мероприят%'",
                        Long.class, w.schoolB().value()))
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void badInputIsRefusedInRussianNamingTheFieldAndChangesNothing() throws Exception {
        Fixtures.World w = fixtures.world();
        Fixtures.World elsewhere = fixtures.world();
        NastavnikPrincipal methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, w.municipality());
        LocalDateTime start = LocalDateTime.now().plusDays(3).truncatedTo(ChronoUnit.HOURS);
        String url = "/api/v1/organisations/" + w.municipality() + "/events";

        api(
                        post(url),
                        methodologist,
                        seminar(w, start.minusDays(10), start.minusDays(10).plusHours(1), 10))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("startsAt"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Мероприятие нельзя назначить на прошедшее время: укажите начало в будущем."));
        api(post(url), methodologist, seminar(w, start, start.minusHours(1), 10))
                .andExpect(jsonPath("$.errors[0].field").value("endsAt"))
                .andExpect(jsonPath("$.errors[0].message").value("Окончание должно быть позже начала."));
        api(post(url), methodologist, seminar(elsewhere, start, start.plusHours(1), 10))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("Приглашать можно только школы своей территории."));
        // a time with an offset is refused, not read as the organiser's wall-clock time three hours off (session 33)
        for (String zoned : new String[] {start + ":00Z", start + ":00+03:00"}) {
            api(
                            post(url),
                            methodologist,
                            seminar(w, start, start.plusHours(1), 10).replace(start + "\"", zoned + "\""))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("startsAt"));
        }
        mvc.perform(get(url).with(user(methodologist)))
                .andExpect(jsonPath("$.length()").value(0));

        mvc.perform(post("/events")
                        .with(user(methodologist))
                        .with(csrf())
                        .param("organisation", w.municipality().toString())
                        .param("kind", "SEMINAR")
                        .param("title", "Прошедший")
                        .param("startsAt", start.minusDays(10).toString())
                        .param("endsAt", start.minusDays(11).toString())
                        .param("place", "Зал")
                        .param("schools", w.schoolA().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Мероприятие нельзя назначить на прошедшее время")))
                .andExpect(content().string(containsString("Окончание должно быть позже начала.")));
        mvc.perform(get(url).with(user(methodologist)))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void aSchoolSeesItsOwnMunicipalAndRegionalEventsButNotAnotherSchoolsAndTheMethodologistOnlyHerTerritory()
            throws Exception {
        Fixtures.World w = fixtures.world();
        Fixtures.World other = fixtures.world();
        NastavnikPrincipal regional = fixtures.user(Role.REGIONAL_METHODOLOGIST, w.region());
        NastavnikPrincipal curatorA = fixtures.user(Role.CURATOR, w.schoolA());
        NastavnikPrincipal curatorB = fixtures.user(Role.CURATOR, w.schoolB());
        NastavnikPrincipal otherMethodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, other.municipality());
        LocalDateTime start = LocalDateTime.now().plusDays(5).truncatedTo(ChronoUnit.HOURS);
        String regionalEvent = JsonPath.read(
                api(
                                post("/api/v1/organisations/" + w.region() + "/events"),
                                regional,
                                seminar(w, start, start.plusHours(1), null))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        String schoolEvent = JsonPath.read(
                api(
                                post("/api/v1/organisations/" + w.schoolB() + "/events"),
                                curatorB,
                                seminar(w, start, start.plusHours(1), null).replace("\"" + w.schoolA() + "\",", ""))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");

        mvc.perform(get("/api/v1/organisations/" + w.schoolA() + "/events").with(user(curatorA)))
                .andExpect(jsonPath("$[*].event.id").value(hasItem(regionalEvent)))
                .andExpect(jsonPath("$[*].event.id").value(not(hasItem(schoolEvent))));
        mvc.perform(get("/api/v1/events/" + schoolEvent).with(user(curatorA))).andExpect(status().isNotFound());
        mvc.perform(get("/events/" + schoolEvent).with(user(curatorA))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organisations/" + w.region() + "/events").with(user(regional)))
                .andExpect(jsonPath("$[*].event.id").value(hasItem(schoolEvent)));
        mvc.perform(get("/api/v1/events/" + regionalEvent).with(user(otherMethodologist)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organisations/" + w.municipality() + "/events").with(user(otherMethodologist)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/events/" + regionalEvent + "/cancel").with(user(curatorA)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aKindAMunicipalityAddsServesItsSchoolsButNotOthers() throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, w.municipality());
        NastavnikPrincipal curatorA = fixtures.user(Role.CURATOR, w.schoolA());
        NastavnikPrincipal stranger =
                fixtures.user(Role.CURATOR, fixtures.world().schoolA());
        String kinds = "/api/v1/organisations/" + w.municipality() + "/event-kinds";
        String kind = JsonPath.read(
                api(post(kinds), methodologist, "{\"title\":\"Педагогическая мастерская\"}")
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        api(post(kinds), methodologist, "{\"title\":\"педагогическая мастерская\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("Такой вид мероприятия уже добавлен."));
        mvc.perform(get("/api/v1/organisations/" + w.schoolA() + "/event-kinds").with(user(curatorA)))
                .andExpect(jsonPath("$[*].title").value(hasItem("Педагогическая мастерская")));

        LocalDateTime start = LocalDateTime.now().plusDays(2).truncatedTo(ChronoUnit.HOURS);
        String own = """
                {"kind":"OTHER","customKind":"%s","title":"Мастерская","startsAt":"%s","endsAt":"%s","place":"Каб. 3","schools":["%s"]}""";
        api(
                        post("/api/v1/organisations/" + w.schoolA() + "/events"),
                        curatorA,
                        own.formatted(kind, start, start.plusHours(1), w.schoolA()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.customKind").value("Педагогическая мастерская"));
        mvc.perform(get("/events/new")
                        .param("organisation", w.schoolA().toString())
                        .with(user(curatorA)))
                .andExpect(content().string(containsString("Педагогическая мастерская")));
        api(
                        post("/api/v1/organisations/"
                                + stranger.grants().iterator().next().organisation() + "/events"),
                        stranger,
                        own.formatted(
                                kind,
                                start,
                                start.plusHours(1),
                                stranger.grants().iterator().next().organisation()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
    }

    @Test
    void twoMentorsTakingTheLastPlaceAtOnceGetOnePlaceAndOneTurnInTheQueue() throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, w.municipality());
        EventPeople.Teacher first =
                people.teacher(fixtures.user(Role.CURATOR, w.schoolA()), w.schoolA(), Role.MENTOR, "Кириллова");
        EventPeople.Teacher second =
                people.teacher(fixtures.user(Role.CURATOR, w.schoolB()), w.schoolB(), Role.MENTOR, "Лебедева");
        LocalDateTime start = LocalDateTime.now().plusDays(4).truncatedTo(ChronoUnit.HOURS);
        String event = JsonPath.read(
                api(
                                post("/api/v1/organisations/" + w.municipality() + "/events"),
                                methodologist,
                                seminar(w, start, start.plusHours(2), 1))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");

        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.List<java.util.concurrent.Future<String>> answers = java.util.stream.Stream.of(first, second)
                    .map(t -> pool.submit(() -> {
                        go.await();
                        return (String) JsonPath.read(
                                api(post("/api/v1/events/" + event + "/registration"), t.user(), "")
                                        .andReturn()
                                        .getResponse()
                                        .getContentAsString(),
                                "$.status");
                    }))
                    .toList();
            go.countDown();
            assertThat(java.util.List.of(answers.get(0).get(), answers.get(1).get()))
                    .containsExactlyInAnyOrder("REGISTERED", "WAITING");
        } finally {
            pool.shutdown();
        }
    }
}
