package ru.nastavnik.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * The announcement read back from DOCX and PDF; certificates of participation for those who came and the speaker, one
 * page each, printed in the background with progress kept in the database; none before the event is held or for one
 * who did not come.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EventCertificatesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    EventPeople people;

    @Autowired
    JdbcTemplate jdbc;

    /** The PDF's text; the file is also left in target/ to be looked at. */
    static String pdfText(byte[] pdf, int pages) throws Exception {
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(
                java.nio.file.Files.createTempFile(java.nio.file.Path.of("target"), "event-", ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).as("pages").isEqualTo(pages);
            // «№» and its number are joined by a non-breaking space in the PDF: a space, for the words read here
            return new PDFTextStripper().getText(document).replaceAll("[\\s\\u00A0]+", " ");
        }
    }

    @Test
    void theAnnouncementTellsWhatWhenWhereAndHowToRegisterAndCertificatesGoToThoseWhoCameAndTheSpeaker()
            throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, w.municipality());
        // the organiser's head signs «Н. В. Соколова», initials first (ГОСТ Р 7.0.97), not «Соколова Н. В.»
        jdbc.update(
                "update organisation set head_last_name = 'Соколова', head_first_name = 'Наталья',"
                        + " head_middle_name = 'Викторовна', head_gender = 'FEMALE',"
                        + " head_position = 'начальник управления образования' where id = ?",
                w.municipality().value());
        NastavnikPrincipal curatorA = fixtures.user(Role.CURATOR, w.schoolA());
        NastavnikPrincipal curatorB = fixtures.user(Role.CURATOR, w.schoolB());
        EventPeople.Teacher came = people.teacher(curatorA, w.schoolA(), Role.MENTOR, "Зайцева");
        EventPeople.Teacher absent = people.teacher(curatorB, w.schoolB(), Role.MENTOR, "Ильина");
        EventPeople.Teacher speaker = people.teacher(curatorB, w.schoolB(), Role.MENTOR, "Орлова");
        // the agenda's 10:00 lies within the hours
        LocalDateTime start = java.time.LocalDate.now().plusDays(6).atTime(10, 0);
        String event = JsonPath.read(
                mvc.perform(post("/api/v1/organisations/" + w.municipality() + "/events")
                                .with(user(methodologist))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                        {"kind":"SEMINAR","title":"Первые шаги наставника","description":"Разберём первые месяцы работы пар.",
                         "startsAt":"%s","endsAt":"%s","place":"Районный методический кабинет","onlineLink":"https://meet.example.ru/s1",
                         "capacity":30,"schools":["%s","%s"],
                         "agenda":[{"time":"10:00","topic":"Адаптация молодого педагога","speakerId":"%s"}]}""".formatted(
                                                start, start.plusHours(2), w.schoolA(), w.schoolB(), speaker.person())))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");

        String announcement = EventDocumentsIntegrationTests.text(
                mvc.perform(get("/events/" + event + "/announcement").with(user(methodologist)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray());
        assertThat(announcement)
                .contains(
                        "ОБЪЯВЛЕНИЕ",
                        "Семинар «Первые шаги наставника»",
                        "Разберём первые месяцы",
                        "Районный методический кабинет",
                        "https://meet.example.ru/s1",
                        "Приглашаются: наставники (",
                        "Адаптация молодого педагога",
                        "Орлова Анна Сергеевна",
                        "/events/" + event,
                        "число мест — 30",
                        "(МСК)")
                .doesNotContain("Europe/");
        String pdf = pdfText(
                mvc.perform(get("/api/v1/events/" + event + "/announcement")
                                .param("format", "pdf")
                                .with(user(methodologist)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                1);
        assertThat(pdf).contains("ОБЪЯВЛЕНИЕ", "Первые шаги наставника", "Регистрация");
        mvc.perform(get("/events/" + event + "/announcement").with(user(came.user())))
                .andExpect(status().isNotFound());

        for (EventPeople.Teacher t : java.util.List.of(came, absent)) {
            mvc.perform(post("/api/v1/events/" + event + "/registration").with(user(t.user())))
                    .andExpect(status().isCreated());
        }
        people.running(event);
        mvc.perform(put("/api/v1/events/" + event + "/attendance")
                        .with(user(methodologist))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"present\":[\"" + came.person() + "\",\"" + speaker.person() + "\"]}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/events/" + event + "/certificates").with(user(methodologist)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Сертификаты выдаются только после того, как мероприятие отмечено проведённым."));
        mvc.perform(get("/api/v1/events/" + event + "/certificate").with(user(came.user())))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/events/" + event + "/held").with(user(methodologist)))
                .andExpect(status().isOk());

        String job = JsonPath.read(
                mvc.perform(post("/api/v1/events/" + event + "/certificates").with(user(methodologist)))
                        .andExpect(status().isAccepted())
                        .andExpect(jsonPath("$.total").value(2))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        String state = "RUNNING";
        for (int i = 0; i < 200 && "RUNNING".equals(state); i++) {
            Thread.sleep(100);
            state = JsonPath.read(
                    mvc.perform(get("/api/v1/events/" + event + "/certificates/" + job)
                                    .with(user(methodologist)))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsString(),
                    "$.status");
        }
        assertThat(state).isEqualTo("DONE");
        assertThat(jdbc.queryForObject("select done from document_job where id = ?::uuid", Integer.class, job))
                .as("progress is kept in the database, for any node to follow")
                .isEqualTo(2);
        String all = pdfText(
                mvc.perform(get("/events/" + event + "/certificates/" + job + "/file")
                                .with(user(methodologist)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                2);
        assertThat(all)
                .contains(
                        "СЕРТИФИКАТ",
                        "Зайцева Анна Сергеевна",
                        // a plain participant: no role named («в качестве участника» said it twice)
                        "приняла участие в мероприятии",
                        "Орлова Анна Сергеевна",
                        "докладчика",
                        "Адаптация молодого педагога")
                .doesNotContain("Ильина")
                .doesNotContain("в качестве участника");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry a cross join unnest(a.subject_ids) s(id)"
                                + " join person p on p.id = s.id and p.organisation_id = a.organisation_id"
                                + " where a.actor_id = ? and a.action = 'DOWNLOAD'"
                                + " and a.details = 'скачаны сертификаты участников мероприятия'",
                        Integer.class,
                        methodologist.id().value()))
                .as("the download is recorded naming the two the certificates are for, each in her school's log")
                .isEqualTo(2);
        // the organiser's register: one number each, in the order of names, kept for her own download
        List<String> numbers = java.util.regex.Pattern.compile("Рег\\. № (\\d+/\\d{4})")
                .matcher(all)
                .results()
                .map(r -> r.group(1))
                .toList();
        assertThat(numbers).hasSize(2).doesNotHaveDuplicates();
        mvc.perform(get("/events/" + event + "/certificates/" + job).with(user(methodologist)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("job-download")));
        mvc.perform(get("/events/" + event + "/certificates/" + job).with(user(curatorA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/events/" + event + "/certificates/" + job + "/file").with(user(curatorA)))
                .andExpect(status().isNotFound());

        String mine = pdfText(
                mvc.perform(get("/events/" + event + "/certificate").with(user(came.user())))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                1);
        assertThat(mine)
                .contains("Зайцева Анна Сергеевна")
                .contains("Рег. № " + numbers.get(0))
                // the kind inside the sentence, in lower case
                .contains("«Первые шаги наставника» (семинар)")
                .doesNotContain("Орлова Анна")
                // the head's position from the requisites, not a fixed «Руководитель»
                .contains("Начальник управления образования ______________ / Н. В. Соколова")
                .doesNotContain("Соколова Н.");
        // the speaker, who did not register but was marked present by the organiser, finds her certificate on the
        // event's page
        mvc.perform(get("/events/" + event).with(user(speaker.user())))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("id=\"my-certificate\""),
                                org.hamcrest.Matchers.containsString("id=\"my-speaker\""),
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"check-in\"")))));
        assertThat(pdfText(
                        mvc.perform(get("/events/" + event + "/certificate").with(user(speaker.user())))
                                .andExpect(status().isOk())
                                .andReturn()
                                .getResponse()
                                .getContentAsByteArray(),
                        1))
                .contains("Орлова Анна Сергеевна", "докладчика");
        mvc.perform(get("/events/" + event).with(user(absent.user())))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("my-certificate"))));
        mvc.perform(get("/api/v1/events/" + event + "/certificate").with(user(absent.user())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Сертификат получают только те, кто отмечен присутствовавшим на мероприятии (докладчики"
                                + " тоже)."));
        mvc.perform(get("/events/" + event + "/certificate").with(user(absent.user())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/events/" + event + "/certificates")
                        .with(user(methodologist))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }
}
