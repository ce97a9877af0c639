package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.mentorship.ProgrammeFixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The school's yearly review: its figures prefilled by component (one pair at work this year), the curator's text
 * saved all-or-nothing and printed as DOCX; nobody outside the school's director and curator finds it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SystemReviewIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgrammeFixtures pairs;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCuratorCompletesTheYearlyReviewBesideItsFiguresAndDownloadsItAsDocx() throws Exception {
        ProgrammeFixtures.ActivePair pair = pairs.activePair(List.of("discipline"));
        String school = pair.school().toString();
        int year = SchoolToday.date().getMonthValue() >= 9
                ? SchoolToday.date().getYear()
                : SchoolToday.date().getYear() - 1;
        mvc.perform(get("/monitoring/system-review")
                        .param("organisation", school)
                        .with(user(pair.curator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Организация и управление")))
                .andExpect(content().string(containsString("Удовлетворённость участников")))
                .andExpect(content().string(containsString(year + "/" + (year + 1))))
                .andExpect(content().string(containsString("нет данных")));

        mvc.perform(post("/monitoring/system-review")
                        .param("organisation", school)
                        .param("year", String.valueOf(year))
                        .param("staff", "x".repeat(4001))
                        .param("contour", "Сетевое взаимодействие")
                        .with(user(pair.curator()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flashError"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from monitoring_system_review where organisation_id = ?",
                        Integer.class,
                        pair.school().value()))
                .isZero();
        mvc.perform(post("/monitoring/system-review")
                        .param("organisation", school)
                        .param("year", String.valueOf(year))
                        .param("organisationManagement", "Куратор назначен приказом")
                        .param("satisfaction", "Высокая")
                        .with(user(pair.curator()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flash"));
        Map<String, Object> saved = jdbc.queryForMap(
                "select * from monitoring_system_review where organisation_id = ?",
                pair.school().value());
        assertThat(saved)
                .containsEntry("organisation_management", "Куратор назначен приказом")
                .containsEntry("satisfaction", "Высокая")
                .containsEntry("staff", null)
                .containsEntry("year_from", java.sql.Date.valueOf(LocalDate.of(year, 9, 1)));

        NastavnikPrincipal director = fixtures.user(Role.DIRECTOR, pair.school());
        mvc.perform(get("/monitoring/system-review")
                        .param("organisation", school)
                        .param("year", String.valueOf(year))
                        .with(user(director)))
                .andExpect(content().string(containsString("Куратор назначен приказом")));
        byte[] docx = mvc.perform(get("/monitoring/system-review/document")
                        .param("organisation", school)
                        .param("year", String.valueOf(year))
                        .with(user(director)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            // the pair formed by the fixture works this year: one pair, one mentor
            assertThat(text.getText())
                    .contains("Анализ системы наставничества педагогических работников")
                    .contains("за " + year + "/" + (year + 1) + " учебный год")
                    .contains("Куратор назначен приказом")
                    .contains("Высокая")
                    .contains("Организация и управление")
                    .contains("Дата составления: "
                            + java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")
                                    .format(ru.nastavnik.SchoolToday.date()));
        }

        Fixtures.World other = fixtures.world();
        for (NastavnikPrincipal outsider : List.of(
                fixtures.user(Role.CURATOR, other.schoolA()),
                pair.mentor(),
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, other.municipality()))) {
            mvc.perform(get("/monitoring/system-review")
                            .param("organisation", school)
                            .with(user(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/monitoring/system-review/document")
                            .param("organisation", school)
                            .with(user(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/monitoring/system-review")
                            .param("organisation", school)
                            .param("year", String.valueOf(year))
                            .param("satisfaction", "Чужое")
                            .with(user(outsider))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
        }
        // an area is not a school: its methodologist's own municipality has no such review either
        mvc.perform(get("/monitoring/system-review")
                        .param("organisation", other.municipality().toString())
                        .with(user(fixtures.user(Role.MUNICIPAL_METHODOLOGIST, other.municipality()))))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject(
                        "select satisfaction from monitoring_system_review where organisation_id = ?",
                        String.class,
                        pair.school().value()))
                .isEqualTo("Высокая");
    }
}
