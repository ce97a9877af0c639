package ru.nastavnik.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;

/**
 * The training record of a mentor who has not trained yet says so in its figures and prints no table of courses or
 * sessions with a header and no rows.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TrainingRecordEmptyTablesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aMentorWithoutCoursesOrSessionsGetsNoEmptyTables() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        String person = fixtures.consentedTeacher(curator, world.schoolA(), "Необученова");
        assertThat(record(curator, person))
                .contains("Педагогический работник: Необученова Анна Сергеевна")
                .contains("Подтверждено часов повышения квалификации: 0")
                .contains("всего часов: 0")
                .doesNotContain("Организация, проводившая обучение")
                .doesNotContain("Занятие\tДата\tЧасов")
                .doesNotContain("{{");
    }

    /** The curator confirms the record and signs it by name, initials first, as every other document she signs. */
    @Test
    void theCuratorWhoConfirmsTheRecordSignsItByName() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        fixtures.curatorNamed(world.schoolA(), "Исаева Ольга Петровна");
        String person = fixtures.consentedTeacher(curator, world.schoolA(), "Подписанова");
        assertThat(record(curator, person)).contains("Куратор наставничества ______________________ О. П. Исаева");
    }

    private String record(ru.nastavnik.shared.security.NastavnikPrincipal curator, String person) throws Exception {
        byte[] docx = mvc.perform(
                        get("/training/persons/" + person + "/record/document").with(user(curator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            return text.getText();
        }
    }
}
