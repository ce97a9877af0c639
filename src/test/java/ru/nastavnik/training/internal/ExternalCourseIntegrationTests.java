package ru.nastavnik.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** External courses: recorded by the mentor or the curator, decided by the curator, counted in the training record. */
@SpringBootTest
@AutoConfigureMockMvc
class ExternalCourseIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TrainedMentors mentors;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    TrainedMentors.School s;
    String api;

    @BeforeEach
    void setUp() {
        s = mentors.school();
        api = "/api/v1/organisations/" + s.school();
    }

    private MockMultipartHttpServletRequestBuilder course(String title, String hours, String from, String to) {
        return multipart(api + "/courses")
                .param("provider", "ГАУ ДПО «ИРО»")
                .param("title", title)
                .param("hours", hours)
                .param("startsOn", from)
                .param("endsOn", to);
    }

    private String id(MockMultipartHttpServletRequestBuilder request, NastavnikPrincipal as) throws Exception {
        return JsonPath.read(
                mvc.perform(request.with(user(as)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    private int courses() {
        return jdbc.queryForObject(
                "select count(*) from training_course where person_id = ?",
                Integer.class,
                s.mentorPerson().value());
    }

    @Test
    void theMentorRecordsACourseWithItsCertificateTheCuratorConfirmsItAndItsHoursCount() throws Exception {
        mvc.perform(multipart("/training/courses")
                        .file(new MockMultipartFile(
                                "certificate", "удостоверение.pdf", "application/pdf", MaterialIntegrationTests.PDF))
                        .param("provider", "ГАУ ДПО «ИРО»")
                        .param("title", "Наставничество в школе")
                        .param("hours", "72")
                        .param("startsOn", "2026-10-01")
                        .param("endsOn", "2026-10-20")
                        .with(user(s.mentor()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/training/record"));
        mvc.perform(get("/training/record").with(user(s.mentor())))
                .andExpect(content().string(containsString("Наставничество в школе")))
                .andExpect(content().string(containsString("Подтверждено часов: 0")))
                .andExpect(content().string(containsString("ещё 72 ч ждут подтверждения")));
        String course = JsonPath.read(
                mvc.perform(get(api + "/courses").with(user(s.curator())))
                        .andExpect(jsonPath("$[0].fullName").value("Кузнецова Ольга Игоревна"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$[0].course.id");

        mvc.perform(post(api + "/courses/" + course + "/confirm").with(user(s.mentor())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/training/courses/" + course + "/confirm")
                        .with(user(s.curator()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/training/persons/" + s.mentorPerson() + "/record"));
        mvc.perform(get(api + "/persons/" + s.mentorPerson() + "/training-record")
                        .with(user(s.curator())))
                .andExpect(jsonPath("$.confirmedHours").value(72))
                .andExpect(jsonPath("$.awaitingHours").value(0))
                .andExpect(jsonPath("$.courses[0].status").value("CONFIRMED"))
                .andExpect(jsonPath("$.courses[0].certificateName").value("удостоверение.pdf"));
        mvc.perform(get("/training/courses/" + course + "/certificate").with(user(s.mentor())))
                .andExpect(content().bytes(MaterialIntegrationTests.PDF));

        byte[] docx = mvc.perform(get("/training/record/document").with(user(s.mentor())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            assertThat(text.getText())
                    .contains(
                            "Кузнецова Ольга Игоревна",
                            "Наставничество в школе",
                            "Подтверждено часов повышения квалификации: 72",
                            "01.10.2026 – 20.10.2026, удостоверение приложено");
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where subject_id = ? and action = 'READ'",
                        Integer.class,
                        s.mentorPerson().value()))
                .isPositive();
    }

    @Test
    void theCuratorReturnsACourseWithACommentAndTheCorrectionGoesBackToHer() throws Exception {
        String course = id(
                course("Методика", "36", "2026-09-01", "2026-09-10")
                        .param("personId", s.mentorPerson().toString()),
                s.curator());
        mvc.perform(post(api + "/courses/" + course + "/return")
                        .with(user(s.curator()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"comment\":\" \"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("comment"));
        mvc.perform(post(api + "/courses/" + course + "/return")
                        .with(user(s.curator()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"comment\":\"Часы не совпадают с удостоверением\"}"))
                .andExpect(jsonPath("$.status").value("RETURNED"));
        mvc.perform(get("/training/record").with(user(s.mentor())))
                .andExpect(content().string(containsString("Часы не совпадают с удостоверением")));

        String etag = mvc.perform(get(api + "/courses/" + course).with(user(s.mentor())))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        String body =
                "{\"provider\":\"ГАУ ДПО «ИРО»\",\"title\":\"Методика\",\"hours\":\"24\",\"startsOn\":\"2026-09-01\","
                        + "\"endsOn\":\"2026-09-10\"}";
        mvc.perform(put(api + "/courses/" + course)
                        .with(user(s.mentor()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put(api + "/courses/" + course)
                        .with(user(s.mentor()))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.hours").value(24));
    }

    @Test
    void negativeHoursAnEndBeforeTheStartAndACertificateThatLiesAreRefusedAndNothingIsKept() throws Exception {
        mvc.perform(course("Курс", "-8", "2026-09-01", "2026-09-10").with(user(s.mentor())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("hours"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("больше нуля")));
        mvc.perform(course("Курс", "восемь", "2026-09-01", "2026-09-10").with(user(s.mentor())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("hours"));
        mvc.perform(course("Курс", "8", "2026-09-10", "2026-09-01").with(user(s.mentor())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("Окончание: дата окончания раньше даты начала."));
        mvc.perform(course(" ", "8", "2026-09-01", "2026-09-01").with(user(s.mentor())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
        mvc.perform(course("Курс", "8", "2026-09-01", "2026-09-01")
                        .file(new MockMultipartFile(
                                "certificate",
                                "скан.pdf",
                                "application/pdf",
                                "MZ это программа".getBytes(StandardCharsets.UTF_8)))
                        .with(user(s.mentor())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(multipart("/training/courses")
                        .param("title", "Курс")
                        .param("provider", "ИРО")
                        .param("hours", "-1")
                        .param("startsOn", "2026-09-01")
                        .param("endsOn", "2026-09-01")
                        .with(user(s.mentor()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Часов: укажите целое число больше нуля")));
        assertThat(courses()).isZero();
    }

    /** A course is recorded as taken: one ending after the school's today is refused by the form and the API alike. */
    @Test
    void aCourseEndingAfterTodayIsRefusedNamingItsEndAndNothingIsKept() throws Exception {
        String ahead = ru.nastavnik.SchoolToday.date().plusYears(1).toString();
        String later = ru.nastavnik.SchoolToday.date().plusYears(1).plusDays(9).toString();
        mvc.perform(course("КПК", "72", ahead, later).with(user(s.mentor())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("endsOn"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Окончание:")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("не может быть позже сегодняшней")));
        mvc.perform(multipart("/training/courses")
                .param("provider", "ГАУ ДПО «ИРО»")
                .param("title", "КПК")
                .param("hours", "72")
                .param("startsOn", ahead)
                .param("endsOn", later)
                .with(user(s.mentor()))
                .with(csrf()));
        assertThat(courses()).isZero();

        String course = id(course("КПК", "72", "2026-09-01", "2026-09-10"), s.mentor());
        String etag = mvc.perform(get(api + "/courses/" + course).with(user(s.mentor())))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        mvc.perform(put(api + "/courses/" + course)
                        .with(user(s.mentor()))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"provider\":\"ИРО\",\"title\":\"КПК\",\"hours\":\"72\",\"startsOn\":\"" + ahead
                                + "\",\"endsOn\":\"" + later + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("endsOn"));
        assertThat(jdbc.queryForObject(
                        "select ends_on::text from training_course where id = ?::uuid", String.class, course))
                .isEqualTo("2026-09-10");
    }

    @Test
    void anotherSchoolsCuratorAndAColleagueSeeNothingOfHerTraining() throws Exception {
        String course = id(course("Курс", "16", "2026-09-01", "2026-09-02"), s.mentor());
        NastavnikPrincipal otherCurator = fixtures.user(Role.CURATOR, s.world().schoolB());
        NastavnikPrincipal colleague = fixtures.user(Role.MENTOR, s.school());
        for (NastavnikPrincipal outsider : new NastavnikPrincipal[] {otherCurator, colleague}) {
            mvc.perform(get("/training/persons/" + s.mentorPerson() + "/record").with(user(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(get(api + "/courses/" + course).with(user(outsider))).andExpect(status().isNotFound());
            mvc.perform(post("/training/courses/" + course + "/confirm")
                            .with(user(outsider))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/training/record").with(user(colleague)))
                .andExpect(content().string(containsString("не связана с записью педагога")));
    }
}
