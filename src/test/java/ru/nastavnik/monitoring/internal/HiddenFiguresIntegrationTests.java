package ru.nastavnik.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A hidden count of mentors cannot be read back from district 1's workbook or page ({@link DashboardWorld}: schools А,
 * Б and Д with one mentor and one pair each): not as the mean load's base, not as the pairs over the load, not as the
 * district's total over three hidden schools.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HiddenFiguresIntegrationTests {

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
    void theWorkbookShowsNoBaseOrLoadThatGivesTheHiddenMentorsBack() throws Exception {
        byte[] xlsx = mvc.perform(get("/monitoring/indicators.xlsx")
                        .param("organisation", world.m1.toString())
                        .param("from", "2025-09-01")
                        .param("to", "2026-08-31")
                        .with(user(district())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet catalogue = book.getSheetAt(0);
            // before: the load 1,0 with its numerator 3 and base 3 — the mentors the line above hides
            Row load = line(catalogue, "MENTOR_LOAD");
            assertThat(load.getCell(2).getStringCellValue()).contains("скрыто");
            assertThat(load.getCell(5)).isNull();
            assertThat(load.getCell(6)).isNull();
            // 3 mentors over three schools of «< 3» would make each 1
            assertThat(line(catalogue, "MENTORS").getCell(2).getStringCellValue())
                    .isEqualTo("скрыто");
            assertThat(line(catalogue, "PAIRS").getCell(2).getNumericCellValue())
                    .isEqualTo(3.0);
            // a count has no numerator and base beside it (its «Знаменатель» read 0)
            assertThat(line(catalogue, "PAIRS").getCell(6)).isNull();

            Sheet schools = book.getSheetAt(1);
            int column = column(schools, "Средняя нагрузка на наставника");
            for (int r = 1; r <= 3; r++) {
                // before: 1,0 beside one pair, so one mentor
                assertThat(schools.getRow(r).getCell(column).getStringCellValue())
                        .as(schools.getRow(r).getCell(0).getStringCellValue())
                        .contains("скрыто");
            }
        }
    }

    @Test
    void thePageHidesTheLoadWithTheMentorsAndSaysWhyFiguresAreHidden() throws Exception {
        String page = mvc.perform(get("/monitoring/indicators")
                        .param("organisation", world.m1.toString())
                        .param("from", "2025-09-01")
                        .param("to", "2026-08-31")
                        .with(user(district())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"indicator-hidden-note\"", "вычитанием");
        String school = page.substring(page.indexOf("id=\"school-" + world.b + "\""));
        school = school.substring(0, school.indexOf("</tr>"));
        assertThat(school).doesNotContain(">1,0<");

        String own = mvc.perform(get("/monitoring/indicators")
                        .param("from", "2025-09-01")
                        .param("to", "2026-08-31")
                        .with(user(fixtures.user(Role.DIRECTOR, world.b))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(own).doesNotContain("indicator-hidden-note");
    }

    private NastavnikPrincipal district() {
        return fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.m1);
    }

    private static Row line(Sheet sheet, String code) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && code.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no line " + code);
    }

    private static int column(Sheet sheet, String name) {
        for (var cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().startsWith(name)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }
}
