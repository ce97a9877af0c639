package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.mentorship.DocumentTablesPdfTestsAccess;
import ru.nastavnik.monitoring.campaign.CampaignDetails;
import ru.nastavnik.monitoring.campaign.CampaignId;
import ru.nastavnik.monitoring.campaign.CampaignReports;
import ru.nastavnik.monitoring.campaign.Campaigns;
import ru.nastavnik.monitoring.campaign.OwnFigure;
import ru.nastavnik.monitoring.internal.Indicator;
import ru.nastavnik.monitoring.internal.ReviewComponent;
import ru.nastavnik.monitoring.internal.SystemReviews;
import ru.nastavnik.publishing.internal.PublicSites;
import ru.nastavnik.publishing.internal.PublicationDraft;
import ru.nastavnik.publishing.internal.PublicationManagement;
import ru.nastavnik.publishing.internal.PublicationView;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;

/**
 * The folders monitoring and publishing add to the inspection package through {@link PackageContribution}: the
 * monitoring reports of the period and the list of its publications — the school's own only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InspectionPackageContributionsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PublicSites sites;

    @Autowired
    PublicationManagement publications;

    @Autowired
    SystemReviews reviews;

    @Autowired
    Campaigns campaigns;

    @Autowired
    CampaignReports reports;

    @Test
    void thePackageHoldsTheMonitoringReportsAndTheListOfPublicationsOfTheSchoolItselfOnly() throws Exception {
        var world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        NastavnikPrincipal other = fixtures.user(Role.CURATOR, world.schoolB());
        NastavnikPrincipal methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality());
        LocalDate today = LocalDate.now(Dates.DEFAULT_ZONE);
        int year = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        String schoolYear = year + "-" + (year + 1);

        String slug = "insp-" + world.tag();
        sites.choose(curator, world.schoolA(), slug);
        PublicationView shown = publish(curator, world.schoolA(), "Посвящение в наставники");
        PublicationView taken = publish(curator, world.schoolA(), "Ошибочная заметка");
        publications.unpublish(curator, world.schoolA(), taken.id());
        publications.create(
                curator, world.schoolA(), new PublicationDraft("Черновик о наставниках", "<p>Текст</p>", List.of()));
        publish(other, world.schoolB(), "Новость соседней школы");
        reviews.save(curator, world.schoolA(), year, Map.of(ReviewComponent.STAFF, "Наставников хватает."));

        CampaignId campaign = campaigns.open(
                methodologist,
                world.municipality(),
                new CampaignDetails(
                        "Мониторинг района",
                        LocalDate.of(year, 9, 1),
                        LocalDate.of(year + 1, 8, 31),
                        today.plusDays(10),
                        "45-од",
                        today,
                        List.of(Indicator.MENTORS, Indicator.PUBLICATIONS),
                        List.of(new OwnFigure(
                                0,
                                "Доля педагогов, прошедших КПК по наставничеству в других организациях",
                                Indicator.Unit.PERCENT,
                                null))));
        reports.submit(curator, campaign, world.schoolA(), Map.of("OWN_1", "1"), Map.of("OWN_1", "8"), "Сверено");
        reports.submit(other, campaign, world.schoolB(), Map.of("OWN_1", "0"), Map.of("OWN_1", "1"), "Чужой отчёт");

        Map<String, byte[]> files =
                unzip(mvc.perform(get("/api/v1/organisations/" + world.schoolA() + "/inspection-package.zip")
                                .param("from", LocalDate.of(year, 9, 1).toString())
                                .param("to", today.toString())
                                .with(user(curator)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray());

        List<String> names = new ArrayList<>(files.keySet());
        String annual = "08 Мониторинг/Аналитическая справка за " + schoolYear + " учебный год.docx";
        String review = "08 Мониторинг/Анализ системы наставничества за " + schoolYear + " учебный год.docx";
        String report = "08 Мониторинг/Отчёт — Мониторинг района.docx";
        String list = "09 Публикации/Перечень публикаций.xlsx";
        assertThat(names).contains(annual, review, report, list);
        assertThat(names.stream().filter(n -> n.startsWith("08 ") || n.startsWith("09 ")))
                .hasSize(4);

        assertThat(docx(files.get(annual)))
                .contains("АНАЛИТИЧЕСКАЯ СПРАВКА", "5. Информационное сопровождение", "Посвящение в наставники")
                .doesNotContain("Ошибочная заметка", "Новость соседней школы", "{{");
        assertThat(docx(files.get(review))).contains("Наставников хватает.");
        assertThat(docx(files.get(report)))
                .contains(
                        "по мониторингу «Мониторинг района»",
                        "приказ № 45-од",
                        "Сверено",
                        "введено вручную",
                        "прошедших КПК по наставничеству в других организациях",
                        "12,5")
                .doesNotContain("Чужой отчёт");

        List<List<String>> rows = xlsx(files.get(list));
        String day = Dates.DATE.format(today);
        assertThat(rows.get(1)).containsExactly("№", "Заголовок", "Вид", "Дата публикации", "Состояние", "Ссылка");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(2)).startsWith("1", "Посвящение в наставники", "Написана вручную", day, "Опубликована");
        assertThat(rows.get(2).get(5))
                .startsWith("http")
                .endsWith("/o/" + slug + "/nastavnichestvo/news/" + shown.id());
        assertThat(rows.get(3))
                .containsExactly("2", "Ошибочная заметка", "Написана вручную", day, "Снята с публикации", "—");

        String index = DocumentTablesPdfTestsAccess.pdfText(files.get("00 Опись документов.pdf"))
                .replaceAll("\\s+", " ");
        // the table wraps long cells: each line is checked by its start
        assertThat(index)
                .contains(
                        "Мониторинг: Аналитическая справка",
                        "08 Мониторинг/Аналитическая",
                        "Мониторинг: Отчёт по мониторингу",
                        "приказ № 45-од",
                        "Публикации: Перечень публикаций",
                        "09 Публикации/Перечень");
    }

    @Test
    void aSchoolWithNothingPublishedOrSubmittedGetsTheAnnualReportAndNoListOfPublications() throws Exception {
        var world = fixtures.world();
        NastavnikPrincipal director = fixtures.user(Role.DIRECTOR, world.schoolA());
        LocalDate today = LocalDate.now(Dates.DEFAULT_ZONE);
        Map<String, byte[]> files = unzip(mvc.perform(get("/roadmap/package.zip")
                        .param("from", today.minusDays(5).toString())
                        .param("to", today.toString())
                        .with(user(director)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        assertThat(files.keySet())
                .anyMatch(n -> n.startsWith("08 Мониторинг/Аналитическая справка за "))
                .noneMatch(n -> n.startsWith("09 ") || n.contains("Анализ системы") || n.contains("Отчёт —"));
    }

    private PublicationView publish(NastavnikPrincipal curator, OrganisationId school, String title) {
        var saved =
                publications.create(curator, school, new PublicationDraft(title, "<p>Текст новости</p>", List.of()));
        return publications.publish(curator, school, saved.publication().id());
    }

    static String docx(byte[] docx) throws Exception {
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            return text.getText();
        }
    }

    static List<List<String>> xlsx(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(c.getStringCellValue()));
                rows.add(cells);
            }
        }
        return rows;
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
