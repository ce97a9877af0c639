package ru.nastavnik.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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

/** The attendance sheet of those registered and a round table's protocol with those present, from the templates. */
@SpringBootTest
@AutoConfigureMockMvc
class EventDocumentsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    EventPeople people;

    static String text(byte[] docx) throws Exception {
        return EventSamples.text(docx);
    }

    String plan(NastavnikPrincipal organiser, String organisation, String kind, String schools) throws Exception {
        // the agenda's 14:00 lies within the hours
        LocalDateTime start = java.time.LocalDate.now().plusDays(6).atTime(14, 0);
        return JsonPath.read(
                mvc.perform(post("/api/v1/organisations/" + organisation + "/events")
                                .with(user(organiser))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                        {"kind":"%s","title":"Итоги года наставничества","startsAt":"%s","endsAt":"%s","place":"Актовый зал гимназии",
                         "schools":[%s],"agenda":[{"time":"14:00","topic":"Лучшие практики школ","speaker":"Орлова Т. С."}]}""".formatted(kind, start, start.plusHours(2), schools)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    @Test
    void aRoundTablesProtocolNeedsAChairAndASecretaryAndListsThosePresentAsItsAppendix() throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, w.municipality());
        NastavnikPrincipal curatorA = fixtures.user(Role.CURATOR, w.schoolA());
        NastavnikPrincipal curatorB = fixtures.user(Role.CURATOR, w.schoolB());
        EventPeople.Teacher came = people.teacher(curatorA, w.schoolA(), Role.MENTOR, "Зайцева");
        EventPeople.Teacher absent = people.teacher(curatorB, w.schoolB(), Role.MENTOR, "Ильина");
        String event = plan(
                methodologist,
                w.municipality().toString(),
                "ROUND_TABLE",
                "\"" + w.schoolA() + "\",\"" + w.schoolB() + "\"");
        for (EventPeople.Teacher t : java.util.List.of(came, absent)) {
            mvc.perform(post("/api/v1/events/" + event + "/registration").with(user(t.user())))
                    .andExpect(status().isCreated());
        }
        people.running(event);
        mvc.perform(put("/api/v1/events/" + event + "/attendance")
                        .with(user(methodologist))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"present\":[\"" + came.person() + "\"]}"))
                .andExpect(status().isOk());

        // the one responsible for the registration is the organiser's curator where the requisites name her (session
        // 33)
        fixtures.curatorNamed(w.municipality(), "Исаева Анна Сергеевна");
        String sheet =
                text(mvc.perform(get("/events/" + event + "/attendance-sheet").with(user(methodologist)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray());
        assertThat(sheet)
                .contains(
                        "ЛИСТ РЕГИСТРАЦИИ",
                        "Итоги года наставничества",
                        "Зайцева Анна Сергеевна",
                        "Ильина Анна Сергеевна",
                        "Актовый зал гимназии",
                        "Ответственный за регистрацию ______________ / А. С. Исаева");
        assertThat(new String(
                        mvc.perform(get("/api/v1/events/" + event + "/attendance-sheet")
                                        .param("format", "pdf")
                                        .with(user(methodologist)))
                                .andReturn()
                                .getResponse()
                                .getContentAsByteArray(),
                        0,
                        4))
                .isEqualTo("%PDF");

        mvc.perform(get("/api/v1/events/" + event + "/protocol").with(user(methodologist)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.contains("number", "chair", "secretary")));
        String etag = mvc.perform(get("/api/v1/events/" + event).with(user(methodologist)))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        mvc.perform(put("/api/v1/events/" + event + "/protocol")
                        .with(user(methodologist))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\":\"3\",\"heard\":\"Орлову Т. С.\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("chair"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Укажите председателя: протокол без председателя не оформляется."))
                .andExpect(jsonPath("$.errors[1].message")
                        .value("Укажите секретаря: протокол без секретаря не оформляется."));
        mvc.perform(get("/events/" + event + "/protocol").with(user(methodologist)))
                .andExpect(redirectedUrl("/events/" + event + "/protocol/edit"));
        mvc.perform(post("/events/" + event + "/protocol")
                        .with(user(methodologist))
                        .with(csrf())
                        .param("number", "3")
                        .param("version", etag.replace("\"", "")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("протокол без председателя")));

        mvc.perform(put("/api/v1/events/" + event + "/protocol")
                        .with(user(methodologist))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"number":"3","chair":"Орлова Татьяна Сергеевна","secretary":"Кузнецова Ольга Ивановна",
                                 "heard":"Орлову Т. С. о лучших практиках школ района.","spoke":"Зайцева А. С.",
                                 "decided":"Признать опыт гимназии лучшей практикой."}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.protocol.chair").value("Орлова Татьяна Сергеевна"));
        String protocol =
                text(mvc.perform(get("/api/v1/events/" + event + "/protocol").with(user(methodologist)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray());
        assertThat(protocol)
                .contains(
                        "ПРОТОКОЛ № 3",
                        "Круглый стол «Итоги года наставничества»",
                        "Председатель — Орлова Татьяна Сергеевна",
                        "Секретарь — Кузнецова Ольга Ивановна",
                        "Присутствовали: 1 чел.",
                        "ПОВЕСТКА ДНЯ",
                        "Лучшие практики школ",
                        "СЛУШАЛИ",
                        "Орлову Т. С. о лучших практиках",
                        "ВЫСТУПИЛИ",
                        "РЕШИЛИ",
                        "Признать опыт гимназии",
                        "Приложение к протоколу № 3",
                        "Зайцева Анна Сергеевна");
        assertThat(protocol).doesNotContain("Ильина");
        // the heading's place is where the protocol is drawn up (a locality), the room is where the event was
        assertThat(protocol).contains("Место проведения: Актовый зал гимназии");
        // the signature lines put the initials first (ГОСТ Р 7.0.97), the heading keeps the full names
        assertThat(protocol)
                .contains("Председатель ______________ / Т. С. Орлова")
                .contains("Секретарь ______________ / О. И. Кузнецова")
                .doesNotContain("/ Орлова Татьяна Сергеевна");

        mvc.perform(get("/events/" + event + "/protocol").with(user(curatorA))).andExpect(status().isNotFound());
        mvc.perform(get("/events/" + event + "/attendance-sheet").with(user(came.user())))
                .andExpect(status().isNotFound());
    }

    /**
     * A speaker named in the agenda is invited and counted as anyone else: the protocol lists her among those present
     * once she is marked so — the organiser marks her from the list of those invited without an answer — and its count
     * is the event's (the protocol once counted unmarked speakers, the event page and the indicators did not).
     */
    @Test
    void aSpeakerNamedInTheAgendaIsAmongThoseThePresentProtocolListsOnceMarked() throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, w.schoolA());
        EventPeople.Teacher came = people.teacher(curator, w.schoolA(), Role.MENTOR, "Зайцева");
        EventPeople.Teacher speaker = people.teacher(curator, w.schoolA(), Role.MENTOR, "Орлова");
        LocalDateTime start =
                LocalDateTime.now().plusDays(6).truncatedTo(ChronoUnit.DAYS).plusHours(14);
        String event = JsonPath.read(
                mvc.perform(post("/api/v1/organisations/" + w.schoolA() + "/events")
                                .with(user(curator))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                        {"kind":"ROUND_TABLE","title":"Итоги года","startsAt":"%s","endsAt":"%s","place":"Кабинет 12",
                         "schools":["%s"],"agenda":[{"time":"14:00","topic":"Опыт пары","speakerId":"%s"}]}""".formatted(start, start.plusHours(2), w.schoolA(), speaker.person())))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(post("/api/v1/events/" + event + "/registration").with(user(came.user())))
                .andExpect(status().isCreated());
        people.running(event);
        // the organiser's list to mark: the one registered and the speaker, invited without an answer
        mvc.perform(get("/events/" + event).with(user(curator)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Орлова Анна Сергеевна")));
        mvc.perform(put("/api/v1/events/" + event + "/attendance")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"present\":[\"" + came.person() + "\"]}"))
                .andExpect(status().isOk());
        assertThat(protocolOf(curator, event))
                .contains("Присутствовали: 1 чел.")
                .doesNotContain("2\tОрлова Анна");
        mvc.perform(put("/api/v1/events/" + event + "/attendance")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"present\":[\"" + came.person() + "\",\"" + speaker.person() + "\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.attended").value(2));
        assertThat(protocolOf(curator, event))
                .contains("Присутствовали: 2 чел.", "Зайцева Анна Сергеевна", "Орлова Анна Сергеевна");
    }

    /** The protocol's text, its requisites filled in (again) on the event as it now is. */
    private String protocolOf(NastavnikPrincipal curator, String event) throws Exception {
        String etag = mvc.perform(get("/api/v1/events/" + event).with(user(curator)))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        mvc.perform(put("/api/v1/events/" + event + "/protocol")
                        .with(user(curator))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"number":"1","chair":"Орлова Татьяна Сергеевна","secretary":"Кузнецова Ольга Ивановна",
                                 "heard":"Об опыте пары.","decided":"Принять к сведению."}"""))
                .andExpect(status().isOk());
        return text(mvc.perform(get("/api/v1/events/" + event + "/protocol").with(user(curator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
    }

    @Test
    void aConsultationHasNoProtocol() throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, w.schoolA());
        String event = plan(curator, w.schoolA().toString(), "CONSULTATION", "\"" + w.schoolA() + "\"");
        mvc.perform(put("/api/v1/events/" + event + "/protocol")
                        .with(user(curator))
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\":\"1\",\"chair\":\"А\",\"secretary\":\"Б\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Протокол ведётся только для семинара, конференции и круглого стола."));
    }

    @Test
    void anAnnouncementWithoutAnAgendaPrintsNoEmptyProgrammeAndNamesOneSchoolWithoutADoubleColon() throws Exception {
        assertThat(announcementOfASeminar("Установочная сессия"))
                .contains("Семинар «Установочная сессия»", "Приглашаются: наставники (")
                .doesNotContain("ПРОГРАММА", "Докладчик", "наставники школ:", "{{");
    }

    /** «Установочная сессия «Установочная сессия для …»» was a new school's announcement (session 33). */
    @Test
    void aTitleThatSaysWhatTheEventIsIsNotPrecededByItsKindAgain() throws Exception {
        assertThat(announcementOfASeminar("Семинар для наставников и наставляемых"))
                .contains("Семинар для наставников и наставляемых")
                .doesNotContain("Семинар «Семинар", "«Семинар для наставников");
    }

    /** The text of the announcement of a school's seminar of this title, without an agenda. */
    private String announcementOfASeminar(String title) throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, w.schoolA());
        LocalDateTime start = LocalDateTime.now().plusDays(6).truncatedTo(ChronoUnit.HOURS);
        String event = JsonPath.read(
                mvc.perform(post("/api/v1/organisations/" + w.schoolA() + "/events")
                                .with(user(curator))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                        {"kind":"SEMINAR","title":"%s","startsAt":"%s","endsAt":"%s","place":"Кабинет 12",
                         "schools":["%s"]}""".formatted(title, start, start.plusHours(2), w.schoolA())))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        return text(mvc.perform(get("/events/" + event + "/announcement").with(user(curator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
    }
}
