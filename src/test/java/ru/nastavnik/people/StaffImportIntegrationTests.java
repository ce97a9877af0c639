package ru.nastavnik.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

@SpringBootTest
@AutoConfigureMockMvc
class StaffImportIntegrationTests {

    static final Charset CP1251 = Charset.forName("windows-1251");
    static final String HEADER =
            "Фамилия;Имя;Отчество;Пол;Дата рождения;Должность;Предметы;Общий стаж;Педагогический стаж;Категория;Эл. почта\n";
    static final String ROWS = """
            Смирнова;Ольга;Ивановна;Ж;12.04.1978;учитель;математика, информатика;25;22;высшая;smirnova@school.ru
            Петров;Илья;Андреевич;М;03.11.1999;учитель;физика;2;2;без категории;
            "Ким";"Виктория";"";"ж";"1995-01-30";"учитель; классный руководитель";"история";"6 лет";5;первая;
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    Fixtures.World world;
    NastavnikPrincipal curator;
    String base;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        curator = fixtures.user(Role.CURATOR, world.schoolA());
        base = "/api/v1/organisations/" + world.schoolA() + "/staff";
    }

    @Test
    void importsAWindows1251SemicolonFileAndReimportingChangesNothing() throws Exception {
        byte[] file = (HEADER + ROWS).getBytes(CP1251);
        upload("staff.csv", file)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(3))
                .andExpect(jsonPath("$.stored").value(true));
        upload("staff.csv", file)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.unchanged").value(3));
        mvc.perform(get(base).param("q", "Ким").with(user(curator)))
                .andExpect(jsonPath("$.content[0].positions[1]").value("классный руководитель"))
                .andExpect(jsonPath("$.content[0].totalExperienceYears").value(6))
                .andExpect(jsonPath("$.content[0].qualificationCategory").value("FIRST"));
        assertThat(count()).isEqualTo(3);
    }

    @Test
    void importsUtf8WithBomAndCommasAndAFullNameColumn() throws Exception {
        String csv =
                "\uFEFFФИО,Пол,Должность\n\"Алиев Рашид Гусейн оглы\",М,учитель\nСидорова Анна Павловна,Ж,\"педагог-психолог\"\n";
        upload("staff.csv", csv.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2));
        mvc.perform(get(base).param("q", "алиев").with(user(curator)))
                .andExpect(jsonPath("$.content[0].middleName").value("Гусейн оглы"));
    }

    /** «Стаж» merged over «общий | педагогический», and the row of column numbers forms print under a header. */
    @Test
    void aTwoRowHeaderIsReadWithoutMappingByHand() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Кадры");
            String[][] rows = {
                {"Список педагогических работников на 01.09.2026"},
                {"ФИО", "Пол", "Должность", "Стаж", ""},
                {"", "", "", "общий", "педагогический"},
                {"1", "2", "3", "4", "5"},
                {"Зайцева Ольга Игоревна", "ж", "учитель", "12", "9"}
            };
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(1, 1, 3, 4));
            workbook.write(out);
        }
        upload("staff.xlsx", out.toByteArray())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.errorCount").value(0));
        mvc.perform(get(base).param("q", "зайцева").with(user(curator)))
                .andExpect(jsonPath("$.content[0].totalExperienceYears").value(12))
                .andExpect(jsonPath("$.content[0].teachingExperienceYears").value(9));
    }

    @Test
    void importsAnXlsxWorkbook() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Лист1");
            String[] header = {"Фамилия", "Имя", "Отчество", "Пол", "Должность", "Педагогический стаж"};
            var head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("Орлова");
            row.createCell(1).setCellValue("Елена");
            row.createCell(2).setCellValue("Викторовна");
            row.createCell(3).setCellValue("Ж");
            row.createCell(4).setCellValue("учитель");
            row.createCell(5).setCellValue(14);
            workbook.write(out);
        }
        upload("список.xlsx", out.toByteArray())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1));
        mvc.perform(get(base).param("q", "Орлова").with(user(curator)))
                .andExpect(jsonPath("$.content[0].teachingExperienceYears").value(14));
    }

    @Test
    void oneBadRowMeansNothingIsStoredAndEveryProblemIsNamed() throws Exception {
        String rows = ROWS
                + "Белова;Нина;;X;31.02.1980;учитель;;;;вторая;\nСмирнова;Ольга;Ивановна;Ж;12.04.1978;учитель;;;;;\n";
        upload("staff.csv", (HEADER + rows).getBytes(CP1251))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.stored").value(false))
                .andExpect(jsonPath("$.errorCount").value(4))
                .andExpect(jsonPath("$.errors[0].row").value(5))
                .andExpect(jsonPath("$.errors[*].column").value(hasItem("Пол")))
                .andExpect(jsonPath("$.errors[*].column").value(hasItem("Дата рождения")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem(containsString("«вторая»"))))
                .andExpect(jsonPath("$.errors[3].row").value(6))
                .andExpect(jsonPath("$.errors[3].message").value(containsString("строке 2")));
        assertThat(count()).isZero();
    }

    @Test
    void aDryRunReportsButStoresNothing() throws Exception {
        mvc.perform(multipart(base + "/import")
                        .file(file("staff.csv", (HEADER + ROWS).getBytes(CP1251)))
                        .param("dryRun", "true")
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(3))
                .andExpect(jsonPath("$.stored").value(false));
        assertThat(count()).isZero();
    }

    @Test
    void anExplicitMappingReadsUnusualHeaders() throws Exception {
        String csv = "Сотр. фамилия;Сотр. имя;М/Ж;Должн.\nГромов;Олег;м;учитель\n";
        mvc.perform(multipart(base + "/import")
                        .file(file("staff.csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param(
                                "mapping",
                                "{\"LAST_NAME\":\"Сотр. фамилия\",\"FIRST_NAME\":\"Сотр. имя\",\"GENDER\":\"М/Ж\",\"POSITIONS\":\"Должн.\"}")
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1));
    }

    @Test
    void unrecognisedColumnsAreReportedNotGuessed() throws Exception {
        String csv = "Колонка1;Колонка2\nа;б\n";
        upload("staff.csv", csv.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Фамилия")));
    }

    @Test
    void aFileInAnotherEncodingIsRefusedWithAClearMessage() throws Exception {
        byte[] koi8 = (HEADER + ROWS).getBytes(Charset.forName("KOI8-R"));
        upload("staff.csv", koi8)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.stored").value(false));
        assertThat(count()).isZero();
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
        }
        upload("bomb.xlsx", out.toByteArray())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].column").value("file"));
    }

    @Test
    void aRenamedExecutableIsRefused() throws Exception {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        upload("staff.xlsx", exe)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].column").value("file"));
    }

    @Test
    void anExportedFileImportsBackUnchanged() throws Exception {
        upload("staff.csv", (HEADER + ROWS).getBytes(CP1251)).andExpect(status().isOk());
        var response = mvc.perform(get(base + "/export").with(user(curator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        byte[] xlsx = response.getContentAsByteArray();
        String disposition = response.getHeader("Content-Disposition");
        org.assertj.core.api.Assertions.assertThat(java.net.URLDecoder.decode(
                        disposition.substring(disposition.indexOf("UTF-8''") + 7),
                        java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("Педагоги — ")
                .endsWith(".xlsx");
        upload("export.xlsx", xlsx)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unchanged").value(3))
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(0));
    }

    /** The supplementary agreement on mentoring names the employment contract: schools bring it in their lists. */
    @Test
    void theEmploymentContractIsImportedUnderTheSchoolsHeadersExportedAndImportedBackUnchanged() throws Exception {
        String csv = "Фамилия;Имя;Пол;Должность;№ трудового договора;Дата заключения трудового договора\n"
                + "Зуева;Дарья;Ж;учитель;№ 15;01.09.2019\n"
                + "Фомин;Глеб;М;учитель;ТД-7/2021;2021-08-30\n"
                + "Шарова;Нина;Ж;учитель;;\n";
        upload("staff.csv", csv.getBytes(CP1251))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(3));
        mvc.perform(get(base).param("q", "Зуева").with(user(curator)))
                .andExpect(jsonPath("$.content[0].employmentContractNumber").value("15"))
                .andExpect(jsonPath("$.content[0].employmentContractDate").value("2019-09-01"));
        mvc.perform(get(base).param("q", "Фомин").with(user(curator)))
                .andExpect(jsonPath("$.content[0].employmentContractNumber").value("ТД-7/2021"))
                .andExpect(jsonPath("$.content[0].employmentContractDate").value("2021-08-30"));

        byte[] xlsx = mvc.perform(get(base + "/export").with(user(curator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            java.util.List<String> header = new java.util.ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            int number = header.indexOf("Номер трудового договора");
            int date = header.indexOf("Дата трудового договора");
            assertThat(number).isNotNegative();
            assertThat(date).isNotNegative();
            var zueva = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                    .filter(r -> r.getRowNum() > 0
                            && r.getCell(0).getStringCellValue().equals("Зуева"))
                    .findFirst()
                    .orElseThrow();
            assertThat(zueva.getCell(number).getStringCellValue()).isEqualTo("15");
            assertThat(zueva.getCell(date).getStringCellValue()).isEqualTo("01.09.2019");
        }
        upload("export.xlsx", xlsx)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unchanged").value(3))
                .andExpect(jsonPath("$.updated").value(0));

        // a later list without the contract columns, or with an empty cell, keeps the contract on record
        upload(
                        "staff.csv",
                        "Фамилия;Имя;Пол;Должность;Номер трудового договора\nЗуева;Дарья;Ж;учитель;\n".getBytes(CP1251))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unchanged").value(1));
        mvc.perform(get(base).param("q", "Зуева").with(user(curator)))
                .andExpect(jsonPath("$.content[0].employmentContractNumber").value("15"));
    }

    @Test
    void anUnreadableOrImpossibleContractDateStoresNothingAndIsNamedByItsColumn() throws Exception {
        String csv = "Фамилия;Имя;Пол;Должность;Номер трудового договора;Дата трудового договора\n"
                + "Зуева;Дарья;Ж;учитель;15;31.02.2019\n"
                + "Фомин;Глеб;М;учитель;16;01.09.2999\n"
                + "Шарова;Нина;Ж;учитель;" + "9".repeat(51) + ";01.09.1949\n"
                + "Ершов;Илья;М;учитель;17;01.09.2019\n";
        upload("staff.csv", csv.getBytes(CP1251))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.stored").value(false))
                .andExpect(jsonPath("$.errorCount").value(4))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("Дата трудового договора"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("«31.02.2019»")))
                .andExpect(jsonPath("$.errors[1].row").value(3))
                .andExpect(jsonPath("$.errors[1].message")
                        .value("Дата трудового договора не может быть позже сегодняшнего дня."))
                .andExpect(jsonPath("$.errors[*].column").value(hasItem("Номер трудового договора")))
                .andExpect(jsonPath("$.errors[*].message")
                        .value(hasItem("Дата трудового договора не может быть раньше 1950 года.")));
        assertThat(count()).isZero();
    }

    @Test
    void tenThousandRowsImportInOneGo() throws Exception {
        StringBuilder csv = new StringBuilder("Табельный номер;Фамилия;Имя;Отчество;Пол;Должность\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append("T").append(i).append(";Иванов;Иван;Иванович;М;учитель\n");
        }
        upload("big.csv", csv.toString().getBytes(CP1251))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(10_000));
        assertThat(count()).isEqualTo(10_000);
    }

    private ResultActions upload(String name, byte[] content) throws Exception {
        return mvc.perform(multipart(base + "/import").file(file(name, content)).with(user(curator)));
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, "application/octet-stream", content);
    }

    private int count() throws Exception {
        String body = mvc.perform(get(base).with(user(curator)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.<Integer>read(body, "$.totalElements");
    }
}
