package ru.nastavnik.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SessionCookie;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The preview page: the header found under the title, rows fixed and left out in place, the rows left out downloaded. */
@SpringBootTest
@AutoConfigureMockMvc
class StaffImportPreviewIntegrationTests {

    private static final Pattern TOKEN = Pattern.compile("/people/staff/import/([0-9a-f-]{36})");

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    NastavnikPrincipal curator;
    String organisation;
    SessionCookie session;

    @BeforeEach
    void setUp() {
        Fixtures.World world = fixtures.world();
        curator = fixtures.user(Role.CURATOR, world.schoolA());
        organisation = world.schoolA().toString();
        session = new SessionCookie();
    }

    @Test
    void theColumnPickersOfferTheHeaderBelowTheTitleNotTheTitle() throws Exception {
        String page = upload("Список сотрудников школы № 5\n\nФИО;Пол;Должность\nЛебедева Анна Ильинична;ж;учитель\n");
        assertThat(page)
                .contains("Столбец A: ФИО")
                .contains("Проверка пройдена")
                .doesNotContain("Столбец A: Список сотрудников");
    }

    @Test
    void aFileWithoutNamesSaysSoInRussianInTheColumnOfTheError() throws Exception {
        String page = upload("Колонка1;Колонка2\nа;б\n");
        assertThat(page).contains("Сопоставление столбцов").doesNotContain("<td>mapping</td>");
    }

    @Test
    void aRowFixedAndARowLeftOutInThePreviewLetTheRestImportAndTheLeftOutRowDownloads() throws Exception {
        String page = upload("ФИО;Пол;Должность;Дата приёма\n"
                + "Лебедева Анна Ильинична;ж;учитель;01.09.2010\n"
                + "Сомов Игорь Петрович;м;учитель;31.13.2010\n"
                + "Тихонова Вера Олеговна;X;учитель;01.09.2012\n");
        String token = token(page);
        assertThat(page)
                .contains("id=\"review-3\"")
                .contains("id=\"review-4\"")
                .contains("Дата «31.13.2010» не распознана");

        String checked = mvc.perform(post("/people/staff/import/" + token)
                        .with(session)
                        .with(user(curator))
                        .with(csrf())
                        .param("action", "check")
                        .param("mapped_header", "1")
                        .param("header_row", "1")
                        .param("col_FULL_NAME", "0")
                        .param("col_GENDER", "1")
                        .param("col_POSITIONS", "2")
                        .param("col_HIRED_ON", "3")
                        .param("fix_3_HIRED_ON", "31.12.2010")
                        .param("cell_3_HIRED_ON", "31.13.2010")
                        .param("skip_4", "on"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(checked)
                .contains("Проверка пройдена: будет добавлено 2")
                .contains("left-out-download")
                .contains("value=\"31.12.2010\"");

        mvc.perform(post("/people/staff/import/" + token)
                        .with(session)
                        .with(user(curator))
                        .with(csrf())
                        .param("action", "import")
                        .param("mapped_header", "1")
                        .param("header_row", "1")
                        .param("col_FULL_NAME", "0")
                        .param("col_GENDER", "1")
                        .param("col_POSITIONS", "2")
                        .param("col_HIRED_ON", "3")
                        .param("fix_3_HIRED_ON", "31.12.2010")
                        .param("cell_3_HIRED_ON", "31.13.2010")
                        .param("skip_4", "on"))
                .andExpect(status().is3xxRedirection());

        var download = mvc.perform(get("/people/staff/import/" + token + "/left-out")
                        .with(session)
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(java.net.URLDecoder.decode(download.getHeader("Content-Disposition"), StandardCharsets.UTF_8))
                .contains("Не вошедшие строки — staff.xlsx");
        byte[] xlsx = download.getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("ФИО");
            assertThat((int) sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(4);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue())
                    .contains("Исключена")
                    .contains("Пол «X» не распознан");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Тихонова Вера Олеговна");
        }
    }

    @Test
    void thePreviewShowsTheEmploymentContractColumnsAndNamesABadContractDateInTheSchoolsWords() throws Exception {
        String page = upload("ФИО;Пол;Должность;Трудовой договор №;Дата заключения трудового договора\n"
                + "Лебедева Анна Ильинична;ж;учитель;15-тд;01.09.2019\n"
                + "Сомов Игорь Петрович;м;учитель;16;31.02.2019\n");
        assertThat(page)
                .contains("Столбец D: Трудовой договор №")
                .contains("Номер трудового договора")
                .contains("Дата трудового договора")
                .contains("15-тд")
                .contains("01.09.2019")
                .contains("Даты «31.02.2019» нет в календаре");
    }

    @Test
    void anotherSessionCannotDownloadTheRowsLeftOut() throws Exception {
        String token = token(upload("ФИО;Пол;Должность\nЛебедева Анна Ильинична;ж;учитель\n"));
        mvc.perform(get("/people/staff/import/" + token + "/left-out")
                        .with(new SessionCookie())
                        .with(user(curator)))
                .andExpect(status().isNotFound());
    }

    private String upload(String csv) throws Exception {
        return mvc.perform(multipart("/people/staff/import")
                        .file(new MockMultipartFile(
                                "file", "staff.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("organisation", organisation)
                        .with(session)
                        .with(user(curator))
                        .with(csrf()))
                .andDo(session)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String token(String page) {
        Matcher matcher = TOKEN.matcher(page);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
