package ru.nastavnik.consent;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ConsentIntegrationTests {

    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffManagement staff;

    @Autowired
    ApplicationEvents events;

    @Autowired
    ru.nastavnik.people.StaffRestrictions restrictions;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    Fixtures.World world;
    NastavnikPrincipal curator;
    String person;
    String base;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        curator = fixtures.user(Role.CURATOR, world.schoolA());
        person = staff.create(curator, world.schoolA(), Fixtures.teacher("Иванова", "Мария", "Петровна"))
                .id()
                .toString();
        base = "/api/v1/organisations/" + world.schoolA() + "/consents";
    }

    @Test
    void aRecordedConsentWithItsScanMarksThePersonAsConsented() throws Exception {
        mvc.perform(get(base + "/missing").param("purpose", "PERSONAL_DATA").with(user(curator)))
                .andExpect(jsonPath("$[*].id").value(hasItem(person)));
        String id = give("PERSONAL_DATA")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("GIVEN"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String consent = JsonPath.read(id, "$.id");
        mvc.perform(multipart(base + "/" + consent + "/scan")
                        .file(new MockMultipartFile("file", "скан.pdf", "application/pdf", PDF))
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hasScan").value(true));
        mvc.perform(get(base + "/" + consent + "/scan").with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().bytes(PDF));
        mvc.perform(get(base + "/missing").param("purpose", "PERSONAL_DATA").with(user(curator)))
                .andExpect(jsonPath("$[*].id").value(not(hasItem(person))));
        org.assertj.core.api.Assertions.assertThat(events.stream(ConsentGiven.class))
                .hasSize(1);
    }

    @Test
    void aScanThatIsNotAScanIsRefused() throws Exception {
        String consent =
                JsonPath.read(give("PERSONAL_DATA").andReturn().getResponse().getContentAsString(), "$.id");
        byte[] exe = {'M', 'Z', 0, 0, 1, 2, 3};
        for (MockMultipartFile hostile : new MockMultipartFile[] {
            new MockMultipartFile("file", "скан.pdf", "application/pdf", exe),
            new MockMultipartFile("file", "../../../etc/passwd.pdf", "application/pdf", "root:x:0:0".getBytes()),
            new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]),
            new MockMultipartFile("file", "огромный.pdf", "application/pdf", oversizedPdf())
        }) {
            mvc.perform(multipart(base + "/" + consent + "/scan").file(hostile).with(user(curator)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("file"));
        }
    }

    @Test
    void aSecondConsentOfTheSamePurposeIsRefused() throws Exception {
        give("MENTORING_DUTIES").andExpect(status().isCreated());
        give("MENTORING_DUTIES")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("отзыв")));
    }

    @Test
    void aBlankFormRequestedIsNoConsentGivenSoNoWithdrawalIsOfferedOrAccepted() throws Exception {
        String consent = JsonPath.read(
                mvc.perform(post(base + "/requests")
                                .with(user(curator))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"purpose\":\"PERSONAL_DATA\",\"personIds\":[\"" + person + "\"]}"))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$[0].status").value("REQUESTED"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$[0].id");
        mvc.perform(get("/consent/persons/" + person).with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Запрошено")))
                .andExpect(content().string(not(containsString("Оформить отзыв"))));
        mvc.perform(post(base + "/" + consent + "/withdrawal")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"withdrawnOn\":\"" + SchoolToday.date() + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("только данное согласие")));
        mvc.perform(get(base).param("personId", person).with(user(curator)))
                .andExpect(jsonPath("$.content[0].status").value("REQUESTED"));
        String given = JsonPath.read(
                give("PERSONAL_DATA")
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(get("/consent/persons/" + person).with(user(curator)))
                .andExpect(content().string(containsString("Оформить отзыв")));
        org.assertj.core.api.Assertions.assertThat(given).isEqualTo(consent);
    }

    @Test
    void withdrawingThePersonalDataConsentHidesThePersonFromAllButDirectorAndCurator() throws Exception {
        NastavnikPrincipal admin = fixtures.user(Role.SYSTEM_ADMIN, null);
        String consent =
                JsonPath.read(give("PERSONAL_DATA").andReturn().getResponse().getContentAsString(), "$.id");
        String staffUrl = "/api/v1/organisations/" + world.schoolA() + "/staff/" + person;
        mvc.perform(get(staffUrl).with(user(admin))).andExpect(status().isOk());

        mvc.perform(post(base + "/" + consent + "/withdrawal")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"withdrawnOn\":\"" + SchoolToday.date() + "\",\"reason\":\"заявление\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));

        mvc.perform(get(staffUrl).with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(get(staffUrl).with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.processingRestricted").value(true));
        org.assertj.core.api.Assertions.assertThat(events.stream(ConsentWithdrawn.class))
                .hasSize(1);
    }

    @Test
    void aNodeThatFindsTheAnonymisationLockedByAnotherNodeSkipsItAndTheNextRunDoesIt() throws Exception {
        mvc.perform(put(base + "/settings")
                        .with(user(curator))
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"retentionDays\":0}"))
                .andExpect(status().isOk());
        String consent =
                JsonPath.read(give("PERSONAL_DATA").andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post(base + "/" + consent + "/withdrawal")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"withdrawnOn\":\"" + SchoolToday.date() + "\"}"))
                .andExpect(status().isOk());
        String staffUrl = "/api/v1/organisations/" + world.schoolA() + "/staff/" + person;
        // as ShedLock on another node holds it (its row stays after a release, with the time passed)
        jdbc.update("insert into shedlock (name, lock_until, locked_at, locked_by) "
                + "values ('staff-anonymisation', now() + interval '1 hour', now(), 'another node') "
                + "on conflict (name) do update set lock_until = excluded.lock_until, locked_by = excluded.locked_by");
        try {
            restrictions.anonymiseDue();
            mvc.perform(get(staffUrl).with(user(curator)))
                    .andExpect(jsonPath("$.lastName").value(org.hamcrest.Matchers.not("Обезличено")));
        } finally {
            jdbc.update("update shedlock set lock_until = now() where name = 'staff-anonymisation'");
        }
        restrictions.anonymiseDue();
        mvc.perform(get(staffUrl).with(user(curator)))
                .andExpect(jsonPath("$.lastName").value("Обезличено"));
    }

    @Test
    void afterTheRetentionPeriodAWithdrawnPersonIsAnonymised() throws Exception {
        mvc.perform(put(base + "/settings")
                        .with(user(curator))
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"retentionDays\":0}"))
                .andExpect(jsonPath("$.retentionDays").value(0));
        String consent =
                JsonPath.read(give("PERSONAL_DATA").andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post(base + "/" + consent + "/withdrawal")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"withdrawnOn\":\"" + SchoolToday.date() + "\"}"))
                .andExpect(status().isOk());

        restrictions.anonymiseDue();

        mvc.perform(get("/api/v1/organisations/" + world.schoolA() + "/staff/" + person)
                        .with(user(curator)))
                .andExpect(jsonPath("$.lastName").value("Обезличено"))
                .andExpect(jsonPath("$.birthDate").doesNotExist())
                .andExpect(jsonPath("$.phone").doesNotExist());
        // the append-only log never held her name; it shows the record's current, anonymised one
        mvc.perform(get("/api/v1/organisations/" + world.schoolA() + "/audit")
                        .param("subject", person)
                        .with(user(curator)))
                .andExpect(jsonPath("$.content[0].subjectName").value(org.hamcrest.Matchers.startsWith("Обезличено")))
                .andExpect(jsonPath("$.content[*].details")
                        .value(org.hamcrest.Matchers.everyItem(
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Иванова")))));
        mvc.perform(put(base + "/settings")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"retentionDays\":-1}"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void aNewConsentAfterAWithdrawalResumesProcessingAndCancelsTheAnonymisation() throws Exception {
        mvc.perform(put(base + "/settings")
                        .with(user(curator))
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"retentionDays\":0}"))
                .andExpect(status().isOk());
        String consent =
                JsonPath.read(give("PERSONAL_DATA").andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post(base + "/" + consent + "/withdrawal")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"withdrawnOn\":\"" + SchoolToday.date() + "\",\"reason\":\"" + "я".repeat(1001)
                                + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post(base + "/" + consent + "/withdrawal")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"withdrawnOn\":\"" + SchoolToday.date() + "\"}"))
                .andExpect(status().isOk());
        give("PERSONAL_DATA").andExpect(status().isCreated());

        restrictions.anonymiseDue();

        NastavnikPrincipal admin = fixtures.user(Role.SYSTEM_ADMIN, null);
        mvc.perform(get("/api/v1/organisations/" + world.schoolA() + "/staff/" + person)
                        .with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lastName").value("Иванова"))
                .andExpect(jsonPath("$.processingRestricted").value(false));
    }

    @Test
    void theAdministratorsExportLeavesOutPeopleWhoWithdrew() throws Exception {
        String consent =
                JsonPath.read(give("PERSONAL_DATA").andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post(base + "/" + consent + "/withdrawal")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"withdrawnOn\":\"" + SchoolToday.date() + "\"}"))
                .andExpect(status().isOk());
        NastavnikPrincipal admin = fixtures.user(Role.SYSTEM_ADMIN, null);
        byte[] xlsx = mvc.perform(get("/api/v1/organisations/" + world.schoolA() + "/staff/export")
                        .with(user(admin)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            org.assertj.core.api.Assertions.assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows())
                    .isEqualTo(1);
        }
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                "/api/v1/organisations/" + world.schoolA() + "/staff/" + person + "/account")
                        .with(user(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":null}"))
                .andExpect(status().isNotFound());
        byte[] csv = "Фамилия;Имя;Отчество;Пол;Дата рождения;Должность\nИванова;Мария;Петровна;Ж;14.03.1985;учитель\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/api/v1/organisations/" + world.schoolA() + "/staff/import")
                        .file(new MockMultipartFile("file", "staff.csv", "text/csv", csv))
                        .with(user(admin)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("прекращена")));
        mvc.perform(get("/api/v1/organisations/" + world.schoolA() + "/audit").with(user(admin)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPersonsDataCanBeExportedOnTheirRequest() throws Exception {
        give("PERSONAL_DATA");
        mvc.perform(get(base + "/persons/" + person + "/subject-access").with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.person.data.lastName").value("Иванова"))
                .andExpect(jsonPath("$.consents[0].purpose").value("PERSONAL_DATA"))
                .andExpect(jsonPath("$.accessLog[*].action").value(hasItem("CREATE")));
        String disposition = mvc.perform(
                        get(base + "/persons/" + person + "/subject-access").with(user(curator)))
                .andReturn()
                .getResponse()
                .getHeader("Content-Disposition");
        org.assertj.core.api.Assertions.assertThat(ConsentFormsIntegrationTests.fileName(disposition))
                .startsWith("Сведения о персональных данных — Иванова ")
                .endsWith(".json");
    }

    @Test
    void aTeacherLinkedToTheirRecordDownloadsTheirOwnData() throws Exception {
        NastavnikPrincipal teacher = fixtures.user(Role.MENTOR, world.schoolA());
        NastavnikPrincipal stranger = fixtures.user(Role.MENTOR, world.schoolB());
        String staffUrl = "/api/v1/organisations/" + world.schoolA() + "/staff/" + person + "/account";
        mvc.perform(put(staffUrl)
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + stranger.getUsername() + "\"}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(put(staffUrl)
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + teacher.getUsername() + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("не совпадает")));
        mvc.perform(put(staffUrl)
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + teacher.getUsername() + "\",\"despiteName\":true}"))
                .andExpect(status().isOk());
        give("PERSONAL_DATA");

        mvc.perform(get("/api/v1/me/data").with(user(teacher)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.person.data.lastName").value("Иванова"))
                .andExpect(jsonPath("$.consents[0].status").value("GIVEN"))
                .andExpect(jsonPath("$.accessLog[*].action").value(hasItem("CONSENT")));
        mvc.perform(get("/api/v1/me/data").with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/consent/my-data").with(user(teacher)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("Иванова Мария Петровна"),
                                // who touched her data, readable on the page (the file is JSON for software)
                                org.hamcrest.Matchers.containsString("id=\"my-access-log\""),
                                org.hamcrest.Matchers.containsString("Согласие"),
                                org.hamcrest.Matchers.containsString(curator.getUsername()))));
    }

    @Test
    void onlyTheDirectorAndCuratorHandleConsents() throws Exception {
        for (Role role : new Role[] {Role.MENTOR, Role.MENTEE}) {
            mvc.perform(get(base).with(user(fixtures.user(role, world.schoolA()))))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get(base).with(user(fixtures.user(Role.CURATOR, world.schoolB()))))
                .andExpect(status().isNotFound());
    }

    /** Just over the 15 MB limit for scans; the rest of it is never read. */
    private static byte[] oversizedPdf() {
        byte[] big = new byte[15 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        return big;
    }

    private ResultActions give(String purpose) throws Exception {
        return mvc.perform(post(base)
                .with(user(curator))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"personId\":\"" + person + "\",\"purpose\":\"" + purpose + "\",\"givenOn\":\""
                        + SchoolToday.date().minusDays(1) + "\"}"));
    }
}
