package ru.nastavnik.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The API on a school's real staff list: title rows, mistakes, and the curator's corrections, exclusions and merges. */
@SpringBootTest
@AutoConfigureMockMvc
class StaffImportCorrectionsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    Fixtures.World world;
    NastavnikPrincipal curator;
    String base;
    String tag;
    MockMultipartFile file;

    @BeforeEach
    void setUp() throws Exception {
        world = fixtures.world();
        curator = fixtures.user(Role.CURATOR, world.schoolA());
        base = "/api/v1/organisations/" + world.schoolA() + "/staff";
        tag = RealStaffFile.letterTag();
        file = new MockMultipartFile(
                "file", "Педагоги СОШ 5.xlsx", "application/octet-stream", RealStaffFile.xlsx(tag));
    }

    @Test
    void theHeaderIsFoundBelowTheTitleRowsAndOnlyTheRealMistakesAreReported() throws Exception {
        mvc.perform(importing().param("dryRun", "true"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.headerRow").value(RealStaffFile.HEADER_ROW))
                .andExpect(jsonPath("$.errorCount").value(2))
                .andExpect(jsonPath("$.errors[0].row").value(RealStaffFile.BAD_HIRE_DATE))
                .andExpect(jsonPath("$.errors[0].column").value("Дата приёма на работу"))
                .andExpect(jsonPath("$.errors[1].row").value(RealStaffFile.CONFLICTING))
                .andExpect(jsonPath("$.errors[1].message")
                        .value(containsString("строке " + RealStaffFile.CONFLICTING_FIRST)))
                .andExpect(jsonPath("$.errors[*].message").value(not(containsString("Список"))));
    }

    @Test
    void aRowRepeatingAnotherExactlyIsAWarningNotAnError() throws Exception {
        mvc.perform(importing()
                        .param("dryRun", "true")
                        .param("skipRows", RealStaffFile.BAD_HIRE_DATE + "," + RealStaffFile.CONFLICTING))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(3))
                .andExpect(jsonPath("$.warnings", hasSize(1)))
                .andExpect(jsonPath("$.warnings[0].row").value(RealStaffFile.REPEATED))
                .andExpect(jsonPath("$.warnings[0].message")
                        .value(containsString("строку " + RealStaffFile.REPEATED_FIRST)));
    }

    @Test
    void rowsLeftOutAreExcludedAndTheRestIsStoredWithTheReasonsListed() throws Exception {
        mvc.perform(importing()
                        .param(
                                "skipRows",
                                String.valueOf(RealStaffFile.BAD_HIRE_DATE),
                                String.valueOf(RealStaffFile.CONFLICTING)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stored").value(true))
                .andExpect(jsonPath("$.created").value(3))
                .andExpect(jsonPath("$.leftOut", hasSize(2)))
                .andExpect(jsonPath("$.leftOut[0].row").value(RealStaffFile.BAD_HIRE_DATE))
                .andExpect(jsonPath("$.leftOut[0].reasons[0]").value(containsString("Исключена")))
                .andExpect(jsonPath("$.leftOut[0].reasons[1]").value(containsString("Дата приёма")));
        assertThat(staffNamed(tag)).isEqualTo(3);
    }

    @Test
    void aCorrectedCellAndAMergedDuplicateImportEveryoneOnceInOneAuditRecord() throws Exception {
        mvc.perform(importing()
                        .param(
                                "corrections",
                                "{\"" + RealStaffFile.BAD_HIRE_DATE + "\": {\"HIRED_ON\": \"01.09.2016\"}}")
                        .param(
                                "merges",
                                "{\"" + RealStaffFile.CONFLICTING + "\": " + RealStaffFile.CONFLICTING_FIRST + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(4))
                .andExpect(jsonPath("$.leftOut[0].row").value(RealStaffFile.CONFLICTING))
                .andExpect(jsonPath("$.leftOut[0].reasons[0]")
                        .value(containsString("Объединена со строкой " + RealStaffFile.CONFLICTING_FIRST)));
        String morozov = mvc.perform(get(base).param("q", "Морозов" + tag).with(user(curator)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<String>read(morozov, "$.content[0].hiredOn")).isEqualTo("2016-09-01");
        String orlov = mvc.perform(get(base).param("q", "Орлов" + tag).with(user(curator)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<Integer>read(orlov, "$.totalElements")).isEqualTo(1);
        assertThat(JsonPath.<String>read(orlov, "$.content[0].subjects[0]")).isEqualTo("история");
        Integer named = jdbc.queryForObject(
                "select cardinality(subject_ids) from audit_entry where organisation_id = ? "
                        + "and action = 'IMPORT' order by id desc limit 1",
                Integer.class,
                world.schoolA().value());
        assertThat(named).as("one import record naming the four people").isEqualTo(4);
    }

    @Test
    void mergingARowIntoOneThatIsNotTheSamePersonIsRefused() throws Exception {
        mvc.perform(importing().param("dryRun", "true").param("merges", "{\"" + RealStaffFile.CONFLICTING + "\": 5}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].message")
                        .value(org.hamcrest.Matchers.hasItem(
                                containsString("в строке " + RealStaffFile.CONFLICTING_FIRST))));
    }

    @Test
    void theCuratorCanNameTheHeaderRowWhenItCannotBeFound() throws Exception {
        String csv = "Сведения о кадрах\nСотр.;М/Ж;Должн.\nГромов" + tag + " Олег Ильич;м;учитель\n";
        mvc.perform(multipart(base + "/import")
                        .file(new MockMultipartFile(
                                "file", "кадры.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("headerRow", "2")
                        .param("mapping", "{\"FULL_NAME\":\"Сотр.\",\"GENDER\":\"М/Ж\",\"POSITIONS\":\"Должн.\"}")
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.headerRow").value(2))
                .andExpect(jsonPath("$.created").value(1));
    }

    @Test
    void aHeaderRowThatIsNotInTheFileIsExplained() throws Exception {
        mvc.perform(importing().param("dryRun", "true").param("headerRow", "999"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Строка 999")));
    }

    @Test
    void unreadableCorrectionsAreRefusedInRussian() throws Exception {
        mvc.perform(importing().param("corrections", "{not json"))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$..message")
                        .value(org.hamcrest.Matchers.hasItem(containsString("Исправления не разобраны"))));
    }

    private MockMultipartHttpServletRequestBuilder importing() {
        return (MockMultipartHttpServletRequestBuilder)
                multipart(base + "/import").file(file).with(user(curator));
    }

    private int staffNamed(String part) throws Exception {
        String body = mvc.perform(get(base).param("q", part).with(user(curator)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.<Integer>read(body, "$.totalElements");
    }
}
