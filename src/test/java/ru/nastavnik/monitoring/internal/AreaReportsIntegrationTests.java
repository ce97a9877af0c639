package ru.nastavnik.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The district's and the region's summary report and the indicator workbook through the API, on {@link DashboardWorld}. */
@SpringBootTest
@AutoConfigureMockMvc
class AreaReportsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    IndicatorWorld w;

    DashboardWorld world;

    @BeforeEach
    void setUp() {
        world = new DashboardWorld(w);
    }

    @Test
    void theDistrictsSummaryListsItsSchoolsUnderTheSmallNumberRule() throws Exception {
        String text = summary(fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.m1), world.m1);
        assertThat(text)
                .contains(
                        "СВОДНЫЙ ОТЧЁТ",
                        "за период с 01.09.2025 по 31.08.2026",
                        // three schools of one mentor each: 3 over three «< 3» would make each 1, so it is hidden too
                        "Количество наставников\tскрыто\t< 3 чел. (скрыто)\tчел.",
                        "Количество наставнических пар\t3\t2\tед.");
        // columns: young with a mentor %, mentors, pairs, events, practices
        assertThat(text)
                .contains(
                        "\t< 3 чел. (скрыто)\t< 3 чел. (скрыто)\t1\t1\t1",
                        "\t< 3 чел. (скрыто)\t< 3 чел. (скрыто)\t1\t0\t0")
                .doesNotContain("Учитель", "{{");
    }

    @Test
    void theRegionsSummarySumsItsDistrictsBeforeHidingFewPeople() throws Exception {
        String text = summary(fixtures.user(Role.REGIONAL_METHODOLOGIST, world.region), world.region);
        assertThat(text)
                .contains(
                        "Количество наставников\t5\t< 3 чел. (скрыто)\tчел.",
                        "\t75,0\tскрыто\t3\t1\t1",
                        "\t< 3 чел. (скрыто)\t< 3 чел. (скрыто)\t2\t0\t0");
    }

    @Test
    void aSchoolHasNoSummaryAndAnotherTerritoryNone() throws Exception {
        mvc.perform(get("/monitoring/summary.docx").with(user(fixtures.user(Role.DIRECTOR, world.a))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/monitoring/summary.docx")
                        .param("organisation", world.m1.toString())
                        .with(user(fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.m2))))
                .andExpect(status().isNotFound());
    }

    @Test
    void theWorkbookOfAllIndicatorsByOrganisationComesThroughTheApiWithItsChecks() throws Exception {
        NastavnikPrincipal district = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.m1);
        byte[] xlsx = mvc.perform(get("/api/v1/organisations/" + world.m1 + "/indicators.xlsx")
                        .param("from", "2025-09-01")
                        .param("to", "2026-08-31")
                        .with(user(district)))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Type",
                                org.hamcrest.Matchers.startsWith(
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            // the header, the schools A, B, D and the total
            assertThat(book.getSheetAt(1).getLastRowNum()).isEqualTo(4);
            // a figure hidden for fewer than three people shows no numerator and base either
            java.util.List<org.apache.poi.ss.usermodel.Row> hidden = new java.util.ArrayList<>();
            book.getSheetAt(0).forEach(row -> {
                var value = row.getCell(2);
                if (value != null
                        && value.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && value.getStringCellValue().contains("скрыто")) {
                    hidden.add(row);
                }
            });
            assertThat(hidden).isNotEmpty().allSatisfy(row -> {
                assertThat(row.getCell(5)).isNull();
                assertThat(row.getCell(6)).isNull();
            });
        }
        mvc.perform(get("/api/v1/organisations/" + world.m1 + "/indicators.xlsx")
                        .with(user(fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.m2))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organisations/" + world.b + "/indicators.xlsx")
                        .with(user(fixtures.user(Role.DIRECTOR, world.a))))
                .andExpect(status().isNotFound());
        String openApi = mvc.perform(get("/v3/api-docs").with(user(district)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(openApi).contains("/api/v1/organisations/{orgId}/indicators.xlsx");
    }

    @Test
    void aDistrictsMethodologistWritesItsAnnualSectionsAndItsHeadSignsTheSummaryWithHerAsExecutor() throws Exception {
        NastavnikPrincipal district = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.m1);
        mvc.perform(put("/api/v1/organisations/" + world.m1 + "/requisites")
                        .with(user(district))
                        .header(
                                "If-Match",
                                ru.nastavnik.VersionedEdits.etag(mvc, "/api/v1/organisations/" + world.m1, district))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"headPosition\":\"Начальник отдела образования\",\"head\":{\"lastName\":\"Орлова\","
                                + "\"firstName\":\"Анна\",\"middleName\":\"Сергеевна\",\"gender\":\"FEMALE\"}}"))
                .andExpect(status().isOk());
        mvc.perform(get("/monitoring/annual-report")
                        .param("organisation", world.m1.toString())
                        .param("year", "2025")
                        .with(user(district)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("save-annual-report")));
        mvc.perform(post("/monitoring/annual-report")
                        .param("organisation", world.m1.toString())
                        .param("year", "2025")
                        .param("problems", "Наставники двух школ не обучены.")
                        .param("tasks", "Провести муниципальную школу наставника.")
                        .param("freeText", "")
                        .with(csrf())
                        .with(user(district)))
                .andExpect(status().is3xxRedirection());

        String text = summary(district, world.m1);
        assertThat(text)
                .contains("3. Проблемы и затруднения", "Наставники двух школ не обучены.")
                .contains("Провести муниципальную школу наставника.")
                .contains("Начальник отдела образования ______________________ А. С. Орлова")
                .contains("Исполнитель: " + district.fullName());
        byte[] docx = mvc.perform(get("/monitoring/annual-report.docx")
                        .param("organisation", world.m1.toString())
                        .param("year", "2025")
                        .with(user(district)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            // the annual report of the area is titled as a school's is, for its school year
            assertThat(extractor.getText())
                    .contains("АНАЛИТИЧЕСКАЯ СПРАВКА", "за 2025/2026 учебный год", "Наставники двух школ не обучены.")
                    .doesNotContain("СВОДНЫЙ ОТЧЁТ");
        }
        // the region above reads it: the executor's line is left for the district's methodologist, not the reader
        byte[] read = mvc.perform(get("/monitoring/annual-report.docx")
                        .param("organisation", world.m1.toString())
                        .param("year", "2025")
                        .with(user(fixtures.user(Role.REGIONAL_METHODOLOGIST, world.region))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(read));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("Исполнитель: ______________________");
        }

        // the region above reads it and writes nothing; a school's curator never sees it
        NastavnikPrincipal regional = fixtures.user(Role.REGIONAL_METHODOLOGIST, world.region);
        mvc.perform(get("/monitoring/annual-report")
                        .param("organisation", world.m1.toString())
                        .param("year", "2025")
                        .with(user(regional)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("save-annual-report"))));
        mvc.perform(post("/monitoring/annual-report")
                        .param("organisation", world.m1.toString())
                        .param("year", "2025")
                        .param("problems", "Чужое")
                        .with(csrf())
                        .with(user(regional)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/monitoring/annual-report.docx")
                        .param("organisation", world.m1.toString())
                        .with(user(fixtures.user(Role.CURATOR, world.a))))
                .andExpect(status().isNotFound());
        assertThat(summary(district, world.m1)).doesNotContain("Чужое");

        // the API: the same sections, written by her and refused to the region above
        String api = "/api/v1/organisations/" + world.m1 + "/annual-reports/2025";
        mvc.perform(get(api).with(user(district)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.tasks")
                        .value("Провести муниципальную школу наставника."));
        mvc.perform(put(api).with(user(district))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"problems\":\"Мало часов на обучение.\",\"tasks\":\"\",\"freeText\":\"\"}"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.problems")
                        .value("Мало часов на обучение."));
        mvc.perform(put(api).with(user(regional))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"problems\":\"Чужое\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get(api + ".docx").with(user(district))).andExpect(status().isOk());
    }

    private String summary(NastavnikPrincipal who, OrganisationId area) throws Exception {
        byte[] docx = mvc.perform(get("/monitoring/summary.docx")
                        .param("organisation", area.toString())
                        .param("from", "2025-09-01")
                        .param("to", "2026-08-31")
                        .with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            return text.getText();
        }
    }
}
