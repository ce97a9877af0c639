package ru.nastavnik.monitoring.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;

/**
 * The region's own form: a rows form and a sheets form filled from two schools' reports (read back with POI), and the
 * refusals — not XLSX, an unknown indicator, a merged cell or column the mapping cannot address — saving nothing.
 * School «А» types SHARE 3 of 4 (75 %), school «Б» 1 of 2 (50 %); neither has staff, so MENTORS is 0.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CampaignTemplateIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CampaignWorld w;

    @Autowired
    JdbcTemplate jdbc;

    NastavnikPrincipal methodologist;
    OrganisationId a;
    OrganisationId b;
    CampaignId id;

    @BeforeEach
    void setUp() throws Exception {
        OrganisationId region = w.org("Регион", OrganisationKind.REGION, null);
        a = w.org("Школа А", OrganisationKind.ORGANISATION, region);
        b = w.org("Школа Б", OrganisationKind.ORGANISATION, region);
        methodologist = w.account(Role.REGIONAL_METHODOLOGIST, region, null);
        id = w.openWithOwnShare(mvc, methodologist, region, "Региональный мониторинг", "MENTORS");
        submit(a, "3", "4");
        submit(b, "1", "2");
    }

    void submit(OrganisationId school, String n, String base) throws Exception {
        mvc.perform(post("/monitoring/campaigns/{id}/reports/{s}", id, school)
                        .with(user(w.account(Role.CURATOR, school, null)))
                        .with(csrf())
                        .param("action", "submit")
                        .param("numerator[OWN_1]", n)
                        .param("base[OWN_1]", base))
                .andExpect(status().is3xxRedirection());
    }

    /** A form: a merged title A1:C1 over a heading row; with {@code mergedBelow}, a merged B5:D5 too. */
    static byte[] form(boolean mergedBelow) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("Форма 1");
            sheet.createRow(0).createCell(0).setCellValue("Форма мониторинга");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
            sheet.createRow(1).createCell(0).setCellValue("Организация");
            sheet.getRow(1).createCell(1).setCellValue("Наставников");
            sheet.createRow(3).createCell(0).setCellValue("Школа:");
            if (mergedBelow) {
                sheet.addMergedRegion(new CellRangeAddress(4, 4, 1, 3));
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    MvcResult upload(byte[] file, String layout, String startRow, String mapping) throws Exception {
        return mvc.perform(multipart("/monitoring/campaigns/{id}/form", id)
                        .file(new MockMultipartFile("file", "forma.xlsx", "application/octet-stream", file))
                        .param("layout", layout)
                        .param("startRow", startRow)
                        .param("mapping", mapping)
                        .with(user(methodologist))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
    }

    static String refusal(MvcResult result) {
        Flash flash = (Flash) result.getFlashMap().get("flashError");
        return flash == null ? null : flash.key();
    }

    long forms() {
        return jdbc.queryForObject(
                "select count(*) from monitoring_campaign_form where campaign_id = ?", Long.class, id.value());
    }

    XSSFWorkbook rollup() throws Exception {
        byte[] xlsx = mvc.perform(
                        get("/monitoring/campaigns/{id}/rollup.xlsx", id).with(user(methodologist)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    @Test
    void theRollUpFillsOneRowPerSchoolFromTheStartRowKeepingTheHeadings() throws Exception {
        assertThat(refusal(upload(form(false), "ROWS", "3", "A = SCHOOL\nB = MENTORS\nc = own_1")))
                .isNull();
        try (XSSFWorkbook book = rollup()) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Форма 1");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Форма мониторинга");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Наставников");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("Школа А");
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(0.0);
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(75.0);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).startsWith("Школа Б");
            assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(50.0);
            assertThat(sheet.getRow(4)).isNull();
        }
    }

    @Test
    void theRollUpFillsASheetPerSchoolAtTheMappedCells() throws Exception {
        assertThat(refusal(upload(form(false), "SHEETS", "", "B4 = SCHOOL\nC6 = OWN:1")))
                .isNull();
        try (XSSFWorkbook book = rollup()) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            Sheet first = book.getSheetAt(0);
            assertThat(first.getSheetName()).startsWith("Школа А");
            assertThat(first.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Форма мониторинга");
            assertThat(first.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Школа:");
            assertThat(first.getRow(3).getCell(1).getStringCellValue()).startsWith("Школа А");
            assertThat(first.getRow(5).getCell(2).getNumericCellValue()).isEqualTo(75.0);
            assertThat(book.getSheetAt(1).getRow(5).getCell(2).getNumericCellValue())
                    .isEqualTo(50.0);
        }
    }

    @Test
    void aFileThatIsNotXlsxIsRefusedAndNothingSaved() throws Exception {
        assertThat(refusal(upload("Школа;Наставников\n".getBytes(StandardCharsets.UTF_8), "ROWS", "2", "A = SCHOOL")))
                .isEqualTo("campaigns.form.notXlsx");
        assertThat(forms()).isZero();
    }

    @Test
    void aMappingToAnUnknownIndicatorIsRefusedNamingItsLine() throws Exception {
        MvcResult result = upload(form(false), "ROWS", "3", "A = SCHOOL\nB = NO_SUCH_THING");
        assertThat(refusal(result)).isEqualTo("campaigns.form.unknownIndicator");
        assertThat(((Flash) result.getFlashMap().get("flashError")).args()).containsExactly(2, "NO_SUCH_THING");
        assertThat(forms()).isZero();
    }

    @Test
    void aMappingToAnOwnFigureTheCampaignHasNotIsRefusedNamingItsLine() throws Exception {
        MvcResult result = upload(form(false), "ROWS", "3", "A = SCHOOL\nB = OWN_1\nC = OWN:2");
        assertThat(refusal(result)).isEqualTo("campaign.own.notInCampaign");
        assertThat(((Flash) result.getFlashMap().get("flashError")).args()).containsExactly(3, "OWN:2", 1);
        assertThat(forms()).isZero();
    }

    @Test
    void aMergedCellTheMappingCannotAddressIsRefused() throws Exception {
        MvcResult cell = upload(form(true), "SHEETS", "", "B4 = SCHOOL\nC5 = MENTORS");
        assertThat(refusal(cell)).isEqualTo("campaigns.form.mergedCell");
        assertThat(((Flash) cell.getFlashMap().get("flashError")).args()).containsExactly(2, "C5", "B5:D5", "B5");
        assertThat(refusal(upload(form(true), "ROWS", "3", "A = SCHOOL\nC = MENTORS")))
                .isEqualTo("campaigns.form.mergedColumn");
        assertThat(refusal(upload(form(true), "SHEETS", "", "B5 = MENTORS"))).isNull();
        assertThat(forms()).isEqualTo(1);
    }
}
