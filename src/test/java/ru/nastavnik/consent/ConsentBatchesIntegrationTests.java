package ru.nastavnik.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** Forms that came back marked received together, and one scan of them cut by person: all of them or none. */
@SpringBootTest
@AutoConfigureMockMvc
class ConsentBatchesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffManagement staff;

    @Autowired
    ConsentManagement consents;

    @Autowired
    ConsentReads consentReads;

    @Autowired
    JdbcTemplate jdbc;

    Fixtures.World world;
    NastavnikPrincipal curator;
    String base;
    String ivanova;
    String petrova;
    String sidorova;
    java.util.Map<String, PersonId> people = new java.util.HashMap<>();

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        curator = fixtures.user(Role.CURATOR, world.schoolA());
        base = "/api/v1/organisations/" + world.schoolA() + "/consents";
        ivanova = requested("Иванова");
        petrova = requested("Петрова");
        sidorova = requested("Сидорова");
    }

    @Test
    void formsThatCameBackAreMarkedReceivedTogetherWithOneAuditRecordNamingEveryone() throws Exception {
        received(SchoolToday.date(), ivanova, petrova, sidorova)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[*].status")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("GIVEN"))));

        assertThat(statuses()).containsOnly("GIVEN");
        List<String> audited =
                jdbc.queryForList("""
                select array_length(subject_ids, 1) from audit_entry where organisation_id = ? and action = 'CONSENT'
                  and details = 'получены согласия'""", String.class, world.schoolA().value());
        assertThat(audited).containsExactly("3");
    }

    @Test
    void ifOneFormCannotBeMarkedNoneIsAndTheRefusalNamesThePerson() throws Exception {
        consents.recordGiven(
                curator,
                world.schoolA(),
                new GiveConsent(
                        people.get(petrova).toString(), ConsentPurpose.PERSONAL_DATA, SchoolToday.date(), null, null));

        received(SchoolToday.date(), ivanova, petrova, sidorova)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("consentIds"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value(containsString("Петрова Анна Сергеевна: Нельзя отметить")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("«Дано»")));
        assertThat(statuses()).containsExactlyInAnyOrder("REQUESTED", "GIVEN", "REQUESTED");
    }

    @Test
    void aDateBeforeTheFormWasIssuedOrInTheFutureIsRefusedForEveryoneOnOneLine() throws Exception {
        received(SchoolToday.date().minusDays(2), ivanova, petrova)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(
                        jsonPath("$.errors[0].message")
                                .value(
                                        containsString(
                                                "Иванова Анна Сергеевна, Петрова Анна Сергеевна: Дата подписания раньше дня, когда был выдан бланк")));
        received(SchoolToday.date().plusDays(1), ivanova)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("в будущем")));
        assertThat(statuses()).containsOnly("REQUESTED");
    }

    @Test
    void anotherSchoolsConsentAmongThemIsNotFoundAndNothingChanges() throws Exception {
        NastavnikPrincipal curatorOfB = fixtures.user(Role.CURATOR, world.schoolB());
        PersonId personOfB = staff.create(curatorOfB, world.schoolB(), Fixtures.teacher("Чужая", "Анна", "Сергеевна"))
                .id();
        String consentOfB = consents.request(
                        curatorOfB, world.schoolB(), List.of(personOfB), ConsentPurpose.PERSONAL_DATA)
                .get(0)
                .id()
                .toString();

        received(SchoolToday.date(), ivanova, consentOfB).andExpect(status().isNotFound());
        scanParts(pdf(2), part(ivanova, "1"), part(consentOfB, "2")).andExpect(status().isNotFound());
        mvc.perform(post(base + "/received")
                        .with(user(fixtures.user(Role.MENTOR, world.schoolA())))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(SchoolToday.date(), ivanova)))
                .andExpect(status().isNotFound());

        assertThat(statuses()).containsOnly("REQUESTED");
        assertThat(consentReads
                        .search(curatorOfB, world.schoolB(), ConsentPurpose.PERSONAL_DATA, null)
                        .get(0)
                        .status())
                .isEqualTo(ConsentStatus.REQUESTED);
    }

    @Test
    void aScanOfManyFormsIsCutSoThatEachConsentKeepsItsOwnPages() throws Exception {
        scanParts(pdf(5), part(ivanova, "1-2"), part(petrova, "3, 5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].hasScan")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(true))));

        assertThat(pageWidths(ivanova)).containsExactly(101f, 102f);
        assertThat(pageWidths(petrova)).containsExactly(103f, 105f);
    }

    @Test
    void pagesThatOverlapOrLieBeyondTheScanAreRefusedByPersonAndNoScanIsKept() throws Exception {
        scanParts(pdf(3), part(ivanova, "1-2"), part(petrova, "2-3"), part(sidorova, "4"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Петрова Анна Сергеевна: страница 2 уже отдана: Иванова Анна Сергеевна."))
                .andExpect(jsonPath("$.errors[1].message")
                        .value("Сидорова Анна Сергеевна: страница 4 за пределами скана: в нём 3 стр."));
        scanParts(new byte[] {'M', 'Z', 1, 2}, part(ivanova, "1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"));

        assertThat(consentReads.search(curator, world.schoolA(), ConsentPurpose.PERSONAL_DATA, null))
                .noneMatch(ConsentView::hasScan);
    }

    @Test
    void theOverviewMarksTheTickedFormsAndSaysWhoCouldNotBe() throws Exception {
        mvc.perform(get("/consent/consents").with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("Отметить полученными")));
        mvc.perform(post("/consent/consents/given")
                        .with(user(curator))
                        .with(csrf())
                        .param("organisation", world.schoolA().toString())
                        .param("purpose", "PERSONAL_DATA")
                        .param("consent", ivanova, petrova)
                        .param("givenOn", SchoolToday.date().plusDays(3).toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flashError"));
        mvc.perform(post("/consent/consents/given")
                        .with(user(curator))
                        .with(csrf())
                        .param("organisation", world.schoolA().toString())
                        .param("purpose", "PERSONAL_DATA")
                        .param("consent", ivanova, petrova)
                        .param("givenOn", SchoolToday.date().toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flash"));
        assertThat(statuses()).containsExactlyInAnyOrder("GIVEN", "GIVEN", "REQUESTED");
    }

    private ResultActions received(LocalDate on, String... ids) throws Exception {
        return mvc.perform(post(base + "/received")
                .with(user(curator))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(on, ids)));
    }

    private static String body(LocalDate on, String... ids) {
        return "{\"consentIds\":[\"" + String.join("\",\"", ids) + "\"],\"givenOn\":\"" + on + "\"}";
    }

    private ResultActions scanParts(byte[] scan, String... parts) throws Exception {
        return mvc.perform(multipart(base + "/scan-parts")
                .file(new MockMultipartFile("file", "сканы.pdf", "application/pdf", scan))
                .file(new MockMultipartFile(
                        "parts",
                        "",
                        "application/json",
                        ("[" + String.join(",", parts) + "]").getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .with(user(curator)));
    }

    private static String part(String consent, String pages) {
        return "{\"consentId\":\"" + consent + "\",\"pages\":\"" + pages + "\"}";
    }

    /** A scan whose page n is 100 + n points wide, so that each part's pages can be told apart. */
    static byte[] pdf(int pages) throws Exception {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int page = 1; page <= pages; page++) {
                document.addPage(new PDPage(new PDRectangle(100 + page, 200)));
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private List<Float> pageWidths(String consent) throws Exception {
        byte[] scan = mvc.perform(get(base + "/" + consent + "/scan").with(user(curator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(scan)) {
            List<Float> widths = new java.util.ArrayList<>();
            document.getPages().forEach(p -> widths.add(p.getMediaBox().getWidth()));
            return widths;
        }
    }

    private List<String> statuses() {
        return consentReads.search(curator, world.schoolA(), ConsentPurpose.PERSONAL_DATA, null).stream()
                .map(c -> c.status().name())
                .toList();
    }

    private String requested(String lastName) {
        PersonId person = staff.create(curator, world.schoolA(), Fixtures.teacher(lastName, "Анна", "Сергеевна"))
                .id();
        String consent = consents.request(curator, world.schoolA(), List.of(person), ConsentPurpose.PERSONAL_DATA)
                .get(0)
                .id()
                .toString();
        people.put(consent, person);
        return consent;
    }
}
