package ru.nastavnik.people;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A school's staff list as its secretary keeps it: no column for gender, «01.09.2015 г.», «б/к», a totals line and
 * the director's signature under the table.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaffListAsSchoolsWriteItIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    NastavnikPrincipal curator;
    String base;

    @BeforeEach
    void setUp() {
        Fixtures.World world = fixtures.world();
        curator = fixtures.user(Role.CURATOR, world.schoolA());
        base = "/api/v1/organisations/" + world.schoolA() + "/staff";
    }

    @Test
    void eachGenderIsTakenFromTheNameAndTheTotalsAndSignatureLinesAreLeftOutWithTheirReason() throws Exception {
        mvc.perform(multipart(base + "/import").file(list(List.of())).with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.headerRow").value(3))
                .andExpect(jsonPath("$.errorCount").value(0))
                .andExpect(jsonPath("$.created").value(3))
                .andExpect(jsonPath("$.leftOut", hasSize(2)))
                .andExpect(jsonPath("$.leftOut[0].row").value(7))
                .andExpect(jsonPath("$.leftOut[0].reasons[0]").value(containsString("итогов или подписи")))
                .andExpect(jsonPath("$.leftOut[1].row").value(8));
        person("Смирнова")
                .andExpect(jsonPath("$.content[0].gender").value("FEMALE"))
                .andExpect(jsonPath("$.content[0].hiredOn").value("2015-09-01"))
                .andExpect(jsonPath("$.content[0].birthDate").value("1990-05-12"))
                .andExpect(jsonPath("$.content[0].qualificationCategory").value("HIGHEST"));
        person("Кузнецов")
                .andExpect(jsonPath("$.content[0].gender").value("MALE"))
                .andExpect(jsonPath("$.content[0].qualificationCategory").value("NONE"));
        person("Абдуллаева")
                .andExpect(jsonPath("$.content[0].gender").value("FEMALE"))
                .andExpect(jsonPath("$.content[0].middleName").value("Рашид кызы"))
                .andExpect(jsonPath("$.content[0].hiredOn").value("2024-09-01"))
                .andExpect(jsonPath("$.content[0].qualificationCategory").value("FIRST"));
    }

    @Test
    void aNameThatDoesNotSayItsGenderIsTheOnlyMistakeNamedByItsRowAndStoresNothing() throws Exception {
        mvc.perform(multipart(base + "/import")
                        .file(list(List.of("4", "Ли Ен Хо", "педагог-психолог")))
                        .with(user(curator)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.stored").value(false))
                .andExpect(jsonPath("$.errorCount").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(7))
                .andExpect(jsonPath("$.errors[0].column").value("Пол"));
        person("Смирнова").andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void aListInCapitalsMatchesTheStoredPeopleAndLeavesTheirNamesAsTheyWere() throws Exception {
        mvc.perform(multipart(base + "/import").file(list(List.of())).with(user(curator)))
                .andExpect(status().isOk());
        mvc.perform(multipart(base + "/import")
                        .file(new MockMultipartFile(
                                "file",
                                "staff.csv",
                                "text/csv",
                                "ФИО;Должность\nСМИРНОВА ОЛЬГА ВИКТОРОВНА;учитель\n"
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0));
        person("Смирнова")
                .andExpect(jsonPath("$.content[0].lastName").value("Смирнова"))
                .andExpect(jsonPath("$.content[0].firstName").value("Ольга"));
    }

    @Test
    void aDirectorsRowInAListOfTwoColumnsIsAPersonNotASignatureLine() throws Exception {
        mvc.perform(multipart(base + "/import")
                        .file(new MockMultipartFile(
                                "file",
                                "staff.csv",
                                "text/csv",
                                "Должность;ФИО\nдиректор;Морозова Татьяна Викторовна\nучитель;Смирнова Ольга Викторовна\n"
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.leftOut", hasSize(0)));
    }

    @Test
    void aNameInInitialsAsAccountingExportsWriteItIsRefusedNamingItsColumn() throws Exception {
        mvc.perform(multipart(base + "/import")
                        .file(list(List.of("4", "Иванова М.П.", "учитель")))
                        .with(user(curator)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errorCount").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(7))
                .andExpect(jsonPath("$.errors[0].column").value("Ф.И.О. (полностью)"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("а не инициалами")));
    }

    private org.springframework.test.web.servlet.ResultActions person(String surname) throws Exception {
        return mvc.perform(get(base).param("q", surname).with(user(curator)));
    }

    /** The list, with one more person's row (or none) before its totals line. */
    private static MockMultipartFile list(List<String> extra) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Список педагогических работников МБОУ «СОШ № 5» на 01.09.2026"));
        rows.add(List.of());
        rows.add(List.of(
                "№ п/п",
                "Ф.И.О. (полностью)",
                "Должность",
                "Дата рождения",
                "Дата приёма на работу",
                "Квалификационная категория"));
        rows.add(List.of(
                "1", "Смирнова Ольга Викторовна", "учитель", LocalDate.of(1990, 5, 12), "01.09.2015 г.", "высш. кат."));
        rows.add(List.of("2", "Кузнецов Пётр Андреевич", "учитель физики", "03.11.1998", "28.08.2023", "б/к"));
        rows.add(List.of(
                "3",
                "Абдуллаева Гульнара Рашид кызы",
                "учитель начальных классов",
                "03/04/1995",
                "2024-09-01г",
                "1 кв. кат."));
        if (!extra.isEmpty()) {
            rows.add(new ArrayList<>(extra));
        }
        rows.add(List.of("Итого: " + (rows.size() - 3) + " человека"));
        rows.add(List.of("Директор школы", "________ Т. В. Морозова"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Лист1");
            var dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    var cell = row.createCell(c);
                    if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(dates);
                    } else {
                        cell.setCellValue(String.valueOf(value));
                    }
                }
            }
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
            workbook.write(out);
        }
        return new MockMultipartFile("file", "Педагоги.xlsx", "application/octet-stream", out.toByteArray());
    }
}
