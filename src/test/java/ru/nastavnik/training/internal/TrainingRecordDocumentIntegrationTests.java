package ru.nastavnik.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The training record the curator signs states only what is true: it is any teacher's (a mentee's too), not titled a
 * mentor's; a course she has not confirmed is named as left out, and her confirmation is stated only of what she
 * confirmed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TrainingRecordDocumentIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTeacherWhoIsNoMentorGetsARecordThatDoesNotCallHerOne() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        String person = fixtures.consentedTeacher(curator, world.schoolA(), "Наставляемова");
        assertThat(record(curator, person))
                .contains("СВЕДЕНИЯ О ПОВЫШЕНИИ КВАЛИФИКАЦИИ ПЕДАГОГИЧЕСКОГО РАБОТНИКА")
                .doesNotContain("КВАЛИФИКАЦИИ НАСТАВНИКА");
    }

    @Test
    void aCourseWaitingForTheCuratorIsNamedAsLeftOutAndNothingIsSaidConfirmedUntilSheConfirmsIt() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        String person = fixtures.consentedTeacher(curator, world.schoolA(), "Ожидающая");
        mvc.perform(multipart("/training/courses")
                        .param("person", person)
                        .param("provider", "ГАУ ДПО «ИРО»")
                        .param("title", "Наставничество в школе")
                        .param("hours", "72")
                        .param("startsOn", "2026-10-01")
                        .param("endsOn", "2026-10-20")
                        .with(user(curator))
                        .with(csrf()))
                .andExpect(redirectedUrl("/training/persons/" + person + "/record"));

        assertThat(record(curator, person))
                .contains("Подтверждено часов повышения квалификации: 0")
                .contains("Не включены в сведения, так как ещё не подтверждены куратором наставничества: "
                        + "«Наставничество в школе» (72 ч)")
                .doesNotContain("Организация, проводившая обучение")
                .doesNotContain("Сведения подтверждены")
                .doesNotContain("Сведения о курсах повышения квалификации подтверждены")
                .contains("Дата: ");

        String course = jdbc.queryForObject(
                "select id::text from training_course where person_id = ?::uuid", String.class, person);
        mvc.perform(post("/training/courses/" + course + "/confirm")
                        .with(user(curator))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(record(curator, person))
                .contains("Подтверждено часов повышения квалификации: 72")
                .contains("Наставничество в школе")
                .contains("Сведения о курсах повышения квалификации подтверждены куратором наставничества.")
                .doesNotContain("Не включены в сведения");
    }

    private String record(NastavnikPrincipal curator, String person) throws Exception {
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
