package ru.nastavnik.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The school's annual analytic report on {@link DashboardWorld}'s school A for 2025/26. */
@SpringBootTest
@AutoConfigureMockMvc
class AnnualReportIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    IndicatorWorld w;

    DashboardWorld world;
    NastavnikPrincipal curator;

    @BeforeEach
    void setUp() {
        world = new DashboardWorld(w);
        curator = fixtures.user(Role.CURATOR, world.a);
    }

    @Test
    void theCuratorsSectionsAreSavedAndTheDocxCarriesThemWithTheYearsFigures() throws Exception {
        mvc.perform(post("/monitoring/annual-report")
                        .param("year", "2025")
                        .param("problems", "Наставники перегружены.")
                        .param("tasks", "Обучить двух новых наставников.")
                        .param("freeText", "Опыт представлен на районном семинаре.")
                        .with(user(curator))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/monitoring/annual-report?organisation=" + world.a + "&year=2025"));
        String text = docxText(curator);
        assertThat(text)
                .contains(
                        "о реализации системы наставничества за 2025/2026 учебный год",
                        "с 01.09.2025 по 31.08.2026",
                        "Наставники перегружены.",
                        "Обучить двух новых наставников.",
                        "8. Дополнительные сведения\nОпыт представлен на районном семинаре.");
        // A: 1 young mentee of 2 young teachers; 1 mentor; 1 pair; one seminar held, attended by 2; one school practice
        assertThat(text)
                .contains(
                        "Доля молодых педагогов, закреплённых за наставниками\t50,0\t%",
                        "Количество наставников\t1\t",
                        "Количество наставнических пар\t1\t",
                        "Семинар\t1\t2",
                        "копилка школы\t1")
                .doesNotContain("{{", "Учитель");
    }

    @Test
    void refusedSectionsAreShownAgainAsTypedAndNothingIsSaved() throws Exception {
        String page = mvc.perform(post("/monitoring/annual-report")
                        .param("year", "2025")
                        .param("problems", "а".repeat(AnnualReportNotes.MAX + 1))
                        .param("tasks", "Мои задачи")
                        .with(user(curator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Не более 8\u00a0000 символов, введено 8\u00a0001.", "Мои задачи");
        assertThat(docxText(curator)).doesNotContain("Мои задачи");
    }

    @Test
    void theDistrictReadsTheReportUnderTheSmallNumberRuleButCannotWriteIt() throws Exception {
        NastavnikPrincipal district = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.m1);
        assertThat(docxText(district)).contains("Количество наставников\t< 3");
        mvc.perform(post("/monitoring/annual-report")
                        .param("organisation", world.a.toString())
                        .param("year", "2025")
                        .param("problems", "чужое")
                        .with(user(district))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        // her own district's report is hers to write (AreaReportsIntegrationTests)
        mvc.perform(get("/monitoring/annual-report")
                        .param("organisation", world.m1.toString())
                        .with(user(district)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("save-annual-report")));
    }

    /** What a clerk would do with the PDF: copy its text out. pdftotext is Debian's poppler-utils. */
    @Test
    void thePdfReadsAsTheReport() throws Exception {
        java.io.File pdftotext = new java.io.File("/usr/bin/pdftotext");
        org.junit.jupiter.api.Assumptions.assumeTrue(pdftotext.canExecute(), "poppler-utils is not installed");
        byte[] pdf = mvc.perform(get("/monitoring/annual-report.pdf")
                        .param("year", "2025")
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        java.nio.file.Path file =
                java.nio.file.Files.createTempFile(java.nio.file.Path.of("target"), "report-", ".pdf");
        java.nio.file.Files.write(file, pdf);
        Process process = new ProcessBuilder(pdftotext.getPath(), "-enc", "UTF-8", file.toString(), "-").start();
        String text = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ");
        assertThat(process.waitFor()).isZero();
        assertThat(text).contains("АНАЛИТИЧЕСКАЯ СПРАВКА", "2025/2026 учебный год");
    }

    private String docxText(NastavnikPrincipal who) throws Exception {
        byte[] docx = mvc.perform(get("/monitoring/annual-report.docx")
                        .param("organisation", world.a.toString())
                        .param("year", "2025")
                        .with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            return text.getText();
        }
    }
}
