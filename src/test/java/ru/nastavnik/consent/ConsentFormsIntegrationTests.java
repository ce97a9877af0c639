package ru.nastavnik.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.organisation.HeadName;
import ru.nastavnik.organisation.OrganisationManagement;
import ru.nastavnik.organisation.Requisites;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.Gender;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

@SpringBootTest
@AutoConfigureMockMvc
class ConsentFormsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffManagement staff;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    Fixtures.World world;
    NastavnikPrincipal curator;
    String base;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        curator = fixtures.user(Role.CURATOR, world.schoolA());
        organisations.updateRequisites(
                Fixtures.SYSTEM,
                world.schoolA(),
                new Requisites(
                        "ст. Кумылженская, ул. Мира, 5",
                        "3419000004",
                        "1023400000007",
                        "https://school2.example.ru",
                        new HeadName("Кузнецов", "Игорь", "Васильевич", Gender.MALE),
                        "Директор"),
                organisations.find(world.schoolA()).orElseThrow().version());
        base = "/api/v1/organisations/" + world.schoolA() + "/consents";
    }

    @Test
    void aPersonalDataFormIsFilledWithTheOperatorAndTheDeclinedName() throws Exception {
        String person = create("Кузьмич", "Лукич", "Ильич", Gender.MALE);
        byte[] docx = mvc.perform(get(base + "/form")
                        .param("personId", person)
                        .param("purpose", "PERSONAL_DATA")
                        .param("format", "docx")
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = docxText(docx);
        assertThat(text)
                .contains("Я, Кузьмич Лукич Ильич")
                .contains("ИНН 3419000004")
                .contains("ОГРН 1023400000007")
                .contains("ст. Кумылженская, ул. Мира, 5")
                .contains("статьёй 9 Федерального закона");
        assertThat(text).doesNotContain("{{");
        // Printing one form is a read: only a batch, started by a POST, marks consents as requested.
        mvc.perform(get(base).param("personId", person).with(user(curator)))
                .andExpect(jsonPath("$.content.length()").value(0));
    }

    @Test
    void theMentoringDutiesFormAddressesTheHeadAndDeclinesTheMenteeInTheGenitive() throws Exception {
        String person = create("Римская-Корсакова", "Софья", "Львовна", Gender.FEMALE);
        byte[] docx = mvc.perform(get(base + "/form")
                        .param("personId", person)
                        .param("purpose", "MENTORING_DUTIES")
                        .param("format", "docx")
                        .with(user(curator)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(docxText(docx))
                .contains("И. В. Кузнецову")
                .contains("от Римской-Корсаковой Софьи Львовны, учителя")
                .contains("статьёй 351.8")
                .contains("не менее чем за три рабочих дня");
    }

    @Test
    void thePdfCarriesRealCyrillicText() throws Exception {
        String person = create("Шевченко", "Оксана", "Тарасовна", Gender.FEMALE);
        var response = mvc.perform(get(base + "/form")
                        .param("personId", person)
                        .param("purpose", "PERSONAL_DATA")
                        .param("format", "pdf")
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        byte[] pdf = response.getContentAsByteArray();
        assertThat(fileName(response.getHeader("Content-Disposition")))
                .isEqualTo("Согласие на обработку персональных данных — Шевченко Оксана Тарасовна.pdf");
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("СОГЛАСИЕ")
                    .contains("на обработку персональных данных")
                    .contains("Шевченко Оксана Тарасовна");
        }
    }

    /** What a school's clerk would do with the PDF: copy its text out. pdftotext is Debian's poppler-utils. */
    @Test
    void pdftotextReadsTheFormAsWritten() throws Exception {
        java.io.File pdftotext = new java.io.File("/usr/bin/pdftotext");
        org.junit.jupiter.api.Assumptions.assumeTrue(pdftotext.canExecute(), "poppler-utils is not installed");
        String person = create("Данелия", "Георгий", "Николаевич", Gender.MALE);
        byte[] pdf = mvc.perform(get(base + "/form")
                        .param("personId", person)
                        .param("purpose", "MENTORING_DUTIES")
                        .param("format", "pdf")
                        .with(user(curator)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        java.nio.file.Path file = java.nio.file.Files.createTempFile(java.nio.file.Path.of("target"), "form-", ".pdf");
        java.nio.file.Files.write(file, pdf);
        Process process = new ProcessBuilder(pdftotext.getPath(), "-enc", "UTF-8", file.toString(), "-").start();
        String text = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ");
        assertThat(process.waitFor()).isZero();
        assertThat(text).contains("на выполнение обязанностей наставника").contains("от Данелии Георгия Николаевича");
    }

    @Test
    void aBatchForAWholeSchoolIsPrintedInTheBackgroundWithProgress() throws Exception {
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            people.add(create("Иванова", "Мария", "Петровна", Gender.FEMALE, i));
        }
        String body = mvc.perform(post(base + "/forms")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"purpose\":\"PERSONAL_DATA\",\"format\":\"docx\",\"personIds\":"
                                + people.stream().map(p -> "\"" + p + "\"").toList() + "}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.total").value(40))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String job = JsonPath.read(body, "$.id");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String state = "RUNNING";
        while (state.equals("RUNNING") && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            state = JsonPath.read(
                    mvc.perform(get(base + "/forms/" + job + "/status").with(user(curator)))
                            .andReturn()
                            .getResponse()
                            .getContentAsString(),
                    "$.status");
        }
        assertThat(state).isEqualTo("DONE");
        var file = mvc.perform(get(base + "/forms/" + job + "/file").with(user(curator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        byte[] docx = file.getContentAsByteArray();
        assertThat(fileName(file.getHeader("Content-Disposition")))
                .isEqualTo("Согласия на обработку персональных данных — 40 человек.docx");
        String text = docxText(docx);
        assertThat(text.split("на обработку персональных данных", -1)).hasSize(41);
        mvc.perform(get(base).param("personId", people.get(0)).with(user(curator)))
                .andExpect(jsonPath("$.content[0].status").value("REQUESTED"));
        mvc.perform(get(base + "/forms/" + job + "/status").with(user(fixtures.user(Role.CURATOR, world.schoolA()))))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject(
                        "select octet_length(content) from document_job where id = ?::uuid", Integer.class, job))
                .as("the file is kept in the database, for any node to serve")
                .isEqualTo(docx.length);
        for (String action : List.of("GENERATE", "DOWNLOAD")) {
            assertThat(jdbc.queryForList(
                            "select unnest(subject_ids)::text from audit_entry where organisation_id = ? "
                                    + "and actor_id = ? and action = ?",
                            String.class,
                            world.schoolA().value(),
                            curator.id().value(),
                            action))
                    .as("the forms' %s is recorded naming everyone in the batch", action)
                    .containsExactlyInAnyOrderElementsOf(people);
        }
    }

    /** A batch whose node died (no heartbeat for minutes) is reported as failed, not as running for ever. */
    @Test
    void aBatchCutOffByARestartIsReportedAsFailedAndDoesNotBlockTheNext() throws Exception {
        String person = create("Петрова", "Анна", "Ивановна", Gender.FEMALE, 1);
        java.util.UUID orphan = java.util.UUID.randomUUID();
        jdbc.update(
                "insert into document_job (id, owner_id, organisation_id, kind, total, done, status, failed_key, "
                        + "interrupted_key, created_at, heartbeat_at) values (?, ?, ?, 'consent-forms', 40, 12, 'RUNNING', 'consent.batch.failed', "
                        + "'consent.batch.interrupted', now() - interval '10 minutes', now() - interval '10 minutes')",
                orphan,
                curator.id().value(),
                world.schoolA().value());

        mvc.perform(get(base + "/forms/" + orphan + "/status").with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.errorKey").value("consent.batch.interrupted"));
        mvc.perform(post(base + "/forms")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"purpose\":\"PERSONAL_DATA\",\"format\":\"docx\",\"personIds\":[\"" + person
                                + "\"]}"))
                .andExpect(status().isAccepted());
    }

    @Test
    void anUploadedTemplateWithAnUnknownPlaceholderIsRefusedAndAGoodOneIsUsed() throws Exception {
        String templates = "/api/v1/organisations/" + world.schoolA() + "/document-templates/consent-personal-data";
        var download =
                mvc.perform(get(templates).with(user(curator))).andReturn().getResponse();
        byte[] builtIn = download.getContentAsByteArray();
        assertThat(fileName(download.getHeader("Content-Disposition")))
                .isEqualTo("Шаблон — Согласие на обработку персональных данных.docx");
        byte[] typo = replaceText(builtIn, "{{person.fullName}}", "{{person.fulName}}");
        mvc.perform(multipart(templates)
                        .file(new MockMultipartFile("file", "мой.docx", "application/octet-stream", typo))
                        .with(r -> {
                            r.setMethod("PUT");
                            return r;
                        })
                        .with(user(curator)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        byte[] own = replaceText(builtIn, "СОГЛАСИЕ", "СОГЛАСИЕ (бланк школы № 2)");
        mvc.perform(multipart(templates)
                        .file(new MockMultipartFile("file", "мой.docx", "application/octet-stream", own))
                        .with(r -> {
                            r.setMethod("PUT");
                            return r;
                        })
                        .with(user(curator))
                        .header("If-Match", download.getHeader("ETag")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.customised").value(true));
        String person = create("Орлова", "Елена", "Викторовна", Gender.FEMALE);
        byte[] docx = mvc.perform(get(base + "/form")
                        .param("personId", person)
                        .param("purpose", "PERSONAL_DATA")
                        .param("format", "docx")
                        .with(user(curator)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(docxText(docx)).contains("бланк школы № 2").contains("Орлова Елена Викторовна");
        byte[] exe = {'M', 'Z', 1, 2, 3};
        mvc.perform(multipart(templates)
                        .file(new MockMultipartFile("file", "шаблон.docx", "application/octet-stream", exe))
                        .with(r -> {
                            r.setMethod("PUT");
                            return r;
                        })
                        .with(user(curator)))
                .andExpect(status().isUnprocessableContent());
    }

    private String create(String last, String first, String middle, Gender gender) {
        return create(last, first, middle, gender, 0);
    }

    private String create(String last, String first, String middle, Gender gender, int number) {
        StaffData data = new StaffData(
                last,
                first,
                middle,
                gender,
                java.time.LocalDate.of(1980, 1, 1).plusDays(number),
                null,
                List.of("учитель"),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        return staff.create(curator, world.schoolA(), data).id().toString();
    }

    /** The name a browser saves the file under: RFC 5987's filename*, percent-encoded UTF-8. */
    static String fileName(String contentDisposition) {
        String encoded = contentDisposition.substring(contentDisposition.indexOf("filename*=UTF-8''") + 17);
        return java.net.URLDecoder.decode(encoded.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }

    static String docxText(byte[] docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static byte[] replaceText(byte[] docx, String from, String to) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (var paragraph : document.getParagraphs()) {
                for (var run : paragraph.getRuns()) {
                    String text = run.getText(0);
                    if (text != null && text.contains(from)) {
                        run.setText(text.replace(from, to), 0);
                    }
                }
            }
            var out = new java.io.ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        }
    }
}
