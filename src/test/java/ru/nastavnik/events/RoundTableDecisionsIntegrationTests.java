package ru.nastavnik.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.practices.PracticeShelf;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** A school's round table recognises proposed practices as best and recommends accepted ones to the municipality. */
@SpringBootTest
@AutoConfigureMockMvc
class RoundTableDecisionsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    EventPeople people;

    @Autowired
    PracticeShelf shelf;

    @Test
    void theRoundTablesDecisionsAcceptAndProposeItsSchoolsPracticesAndNeverAnotherSchools() throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, w.schoolA());
        PracticeShelf.Shelved proposed = shelf.proposed(w.schoolA(), "Наставник на час", "Короткие консультации");
        PracticeShelf.Shelved accepted = shelf.accepted(w.schoolA(), "Педагогическая мастерская", "Открытые уроки");
        PracticeShelf.Shelved foreign = shelf.proposed(w.schoolB(), "Чужая практика", "Школы Б");
        String school = w.schoolA().toString();
        String seminar = plan(curator, school, "SEMINAR");
        String roundTable = plan(curator, school, "ROUND_TABLE");
        String api = "/api/v1/events/" + roundTable + "/decisions";

        mvc.perform(post(api)
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(decision("RECOGNISE_BEST", proposed.id())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("когда он начался")));
        people.running(seminar);
        mvc.perform(post("/api/v1/events/" + seminar + "/decisions")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(decision("RECOGNISE_BEST", proposed.id())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("только круглый стол")));
        people.running(roundTable);
        mvc.perform(get("/events/" + roundTable).with(user(curator)))
                .andExpect(content().string(containsString("Наставник на час")))
                .andExpect(content().string(containsString("id=\"decide-upward\"")));

        // one practice of another school refuses the whole decision: nothing accepted, nothing recorded
        mvc.perform(post(api)
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(decision("RECOGNISE_BEST", proposed.id(), foreign.id())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("не из копилки организатора")));
        mvc.perform(get(practice(w.schoolA().toString(), proposed.id())).with(user(curator)))
                .andExpect(jsonPath("$.practice.status").value("PROPOSED"));
        mvc.perform(get(api).with(user(curator)))
                .andExpect(jsonPath("$.length()").value(0));

        mvc.perform(post("/events/" + roundTable + "/decisions")
                        .param("kind", "RECOGNISE_BEST")
                        .param("practices", proposed.id().toString())
                        .with(user(curator))
                        .with(csrf()))
                .andExpect(redirectedUrl("/events/" + roundTable));
        mvc.perform(get(practice(school, proposed.id())).with(user(curator)))
                .andExpect(jsonPath("$.practice.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.practice.level").value("SCHOOL"))
                .andExpect(jsonPath("$.history[1].step.roundTable").value(roundTable));
        mvc.perform(post(api)
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(decision("RECOMMEND_UPWARD", accepted.id())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.length()").value(2));
        mvc.perform(get(practice(school, accepted.id())).with(user(curator)))
                .andExpect(jsonPath("$.practice.pendingLevel").value("MUNICIPALITY"));
        mvc.perform(post(api)
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(decision("RECOMMEND_UPWARD", accepted.id())))
                .andExpect(status().isUnprocessableContent());
        NastavnikPrincipal municipal = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, w.municipality());
        mvc.perform(get("/api/v1/organisations/" + w.municipality() + "/practice-proposals")
                        .with(user(municipal)))
                .andExpect(jsonPath("$[0].title").value("Педагогическая мастерская"));

        mvc.perform(get("/events/" + roundTable).with(user(fixtures.user(Role.MENTOR, w.schoolA()))))
                .andExpect(content().string(containsString("Признать лучшими")))
                .andExpect(content().string(containsString("Педагогическая мастерская")));
        mvc.perform(put("/api/v1/events/" + roundTable + "/protocol")
                        .with(user(curator))
                        .header("If-Match", etag(roundTable, curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\":\"3\",\"chair\":\"Орлова Т. С.\",\"secretary\":\"Белова А. А.\","
                                + "\"decided\":\"Продолжить работу.\"}"))
                .andExpect(status().isOk());
        String protocol = EventDocumentsIntegrationTests.text(
                mvc.perform(get("/api/v1/events/" + roundTable + "/protocol").with(user(curator)))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray());
        assertThat(protocol)
                .contains(
                        "Продолжить работу.",
                        "Признать лучшими практики: «Наставник на час».",
                        "Рекомендовать на муниципальный уровень практики: «Педагогическая мастерская».");
        // nobody marked present yet: no «Присутствовали: 0 чел.» and no appendix of an empty list
        assertThat(protocol)
                .doesNotContain("Присутствовали: 0")
                .doesNotContain("Список присутствовавших")
                .contains("Председатель ______________ / Т. С. Орлова");

        // returned from above, it may be recommended again by the same round table; the decision stays one line
        mvc.perform(post("/api/v1/organisations/" + w.municipality() + "/practice-proposals/" + accepted.id()
                                + "/return")
                        .with(user(municipal))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"comment\":\"Нужны материалы\"}"))
                .andExpect(status().isOk());
        mvc.perform(post(api)
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(decision("RECOMMEND_UPWARD", accepted.id())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.length()").value(2));
        mvc.perform(get(practice(school, accepted.id())).with(user(curator)))
                .andExpect(jsonPath("$.practice.pendingLevel").value("MUNICIPALITY"));
    }

    @Test
    void aPracticeAlreadyInTheLibraryIsRecognisedBestByTheRoundTableAndStaysAsItIs() throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, w.schoolA());
        PracticeShelf.Shelved accepted = shelf.accepted(w.schoolA(), "Педагогическая мастерская", "Открытые уроки");
        String school = w.schoolA().toString();
        String roundTable = plan(curator, school, "ROUND_TABLE");
        people.running(roundTable);
        mvc.perform(post("/api/v1/events/" + roundTable + "/decisions")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(decision("RECOGNISE_BEST", accepted.id())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].kind").value("RECOGNISE_BEST"));
        mvc.perform(get(practice(school, accepted.id())).with(user(curator)))
                .andExpect(jsonPath("$.practice.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.practice.level").value("SCHOOL"));
    }

    @Test
    void aMunicipalRoundTableAcceptsWhatWasProposedToItAndRecommendsItsLibraryToTheRegion() throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal municipal = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, w.municipality());
        PracticeShelf.Shelved p = shelf.accepted(w.schoolA(), "Наставничество в цифре", "Описание");
        PracticeShelf.Shelved notSent = shelf.accepted(w.schoolB(), "Не отправленная", "Описание");
        mvc.perform(post(practice(w.schoolA().toString(), p.id()) + "/proposal").with(user(p.curator())))
                .andExpect(status().isOk());
        String roundTable = plan(
                municipal,
                w.municipality().toString(),
                "ROUND_TABLE",
                w.schoolA().toString());
        people.running(roundTable);
        String api = "/api/v1/events/" + roundTable + "/decisions";
        mvc.perform(post(api)
                        .with(user(municipal))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(decision("RECOGNISE_BEST", notSent.id())))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(api)
                        .with(user(municipal))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(decision("RECOGNISE_BEST", p.id())))
                .andExpect(status().isCreated());
        mvc.perform(post(api)
                        .with(user(municipal))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(decision("RECOMMEND_UPWARD", p.id())))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/organisations/" + w.municipality() + "/practices/" + p.id())
                        .with(user(municipal)))
                .andExpect(jsonPath("$.practice.level").value("MUNICIPALITY"))
                .andExpect(jsonPath("$.practice.pendingLevel").value("REGION"));
    }

    /** A conference's agenda line is a pair presenting its practice: one of the organiser's library, never another school's. */
    @Test
    void anAgendaLineIsAPairPresentingAPracticeOfTheOrganisersLibrary() throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, w.schoolA());
        PracticeShelf.Shelved own = shelf.accepted(w.schoolA(), "Педагогическая мастерская", "Открытые уроки");
        PracticeShelf.Shelved foreign = shelf.accepted(w.schoolB(), "Чужая мастерская", "Школы Б");
        String school = w.schoolA().toString();
        // the agenda's 10:00 lies within the hours
        java.time.LocalDateTime start = java.time.LocalDate.now().plusDays(3).atTime(10, 0);
        String body = """
                {"kind":"CONFERENCE","title":"Конференция","startsAt":"%s","endsAt":"%s","place":"Зал","schools":["%s"],
                 "agenda":[{"time":"10:00","topic":"Опыт пары","speaker":"Петрова и Иванова","practiceId":"%s"}]}""";
        mvc.perform(post("/api/v1/organisations/" + school + "/events")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(start, start.plusHours(2), school, foreign.id())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(
                        jsonPath("$.errors[0].message").value(containsString("из методической копилки организатора")));
        String event = com.jayway.jsonpath.JsonPath.read(
                mvc.perform(post("/api/v1/organisations/" + school + "/events")
                                .with(user(curator))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body.formatted(start, start.plusHours(2), school, own.id())))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(get("/events/" + event).with(user(curator)))
                .andExpect(content().string(containsString("id=\"agenda-practice-0\"")))
                .andExpect(content().string(containsString("Педагогическая мастерская")));
        String announcement = ru.nastavnik.mentorship.DocumentWordingTestsAccess.text(
                mvc.perform(get("/events/" + event + "/announcement").with(user(curator)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray());
        assertThat(announcement).contains("Петрова и Иванова (практика «Педагогическая мастерская»)");

        // the page's form clears it, the API names it again; another school's practice is refused there too
        mvc.perform(post("/events/" + event + "/agenda/0/practice")
                        .param("practice", "")
                        .param("version", "0")
                        .with(user(curator))
                        .with(csrf()))
                .andExpect(redirectedUrl("/events/" + event));
        mvc.perform(get("/api/v1/events/" + event).with(user(curator)))
                .andExpect(jsonPath("$.event.agenda[0].practice").doesNotExist());
        mvc.perform(put("/api/v1/events/" + event + "/agenda/0/practice")
                        .header("If-Match", etag(event, curator))
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"practice\":\"" + foreign.id() + "\"}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(put("/api/v1/events/" + event + "/agenda/0/practice")
                        .header("If-Match", etag(event, curator))
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"practice\":\"" + own.id() + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agenda[0].practice").value(own.id().toString()));
        mvc.perform(put("/api/v1/events/" + event + "/agenda/0/practice")
                        .header("If-Match", etag(event, curator))
                        .with(user(fixtures.user(Role.CURATOR, w.schoolB())))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"practice\":\"" + foreign.id() + "\"}"))
                .andExpect(status().isNotFound());
    }

    private String plan(NastavnikPrincipal organiser, String organisation, String kind) throws Exception {
        return plan(organiser, organisation, kind, organisation);
    }

    private String plan(NastavnikPrincipal organiser, String organisation, String kind, String school)
            throws Exception {
        java.time.LocalDateTime start =
                java.time.LocalDateTime.now().plusDays(3).withNano(0);
        return com.jayway.jsonpath.JsonPath.read(
                mvc.perform(post("/api/v1/organisations/" + organisation + "/events")
                                .with(user(organiser))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                        {"kind":"%s","title":"Итоги года","startsAt":"%s","endsAt":"%s","place":"Зал","schools":["%s"]}""".formatted(kind, start, start.plusHours(2), school)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    private String etag(String event, NastavnikPrincipal caller) throws Exception {
        return mvc.perform(get("/api/v1/events/" + event).with(user(caller)))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
    }

    private static String practice(String school, Object id) {
        return "/api/v1/organisations/" + school + "/practices/" + id;
    }

    private static String decision(String kind, Object... practices) {
        return "{\"kind\":\"" + kind + "\",\"practices\":["
                + java.util.Arrays.stream(practices)
                        .map(p -> "\"" + p + "\"")
                        .collect(java.util.stream.Collectors.joining(","))
                + "]}";
    }
}
