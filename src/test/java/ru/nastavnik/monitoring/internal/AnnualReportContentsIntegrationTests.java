package ru.nastavnik.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Issue 16, items 1 and 6: the training indicators on a fixture worked out by hand, and the annual report made from
 * the school's own edited template with the year's training in it. On {@link DashboardWorld} for 2025/26:
 * school A — a mentor course finished on 1.03.2026 (in the year) by one teacher and on 1.06.2025 (before it) by
 * another; external courses of 16 h confirmed, ending 20.10.2025 (counts), 72 h only submitted (does not) and 36 h
 * confirmed ending 20.08.2025 (before the year: does not). School B — 8 h confirmed ending 1.02.2026.
 * So A: mentors trained 1, hours 16; district M1: trained 1 («< 3» outside the school), hours 16 + 8 = 24.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AnnualReportContentsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    IndicatorWorld w;

    @Autowired
    IndicatorFigures indicators;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ru.nastavnik.PairedSchool pairs;

    @Autowired
    ru.nastavnik.mentorship.Mentorships mentorships;

    DashboardWorld world;
    NastavnikPrincipal curator;

    @BeforeEach
    void setUp() {
        world = new DashboardWorld(w);
        curator = fixtures.user(Role.CURATOR, world.a);
        UUID course = UUID.randomUUID();
        jdbc.update(
                "insert into training_mentor_course (id, organisation_id, title) values (?, ?, 'Школа наставника')",
                course,
                world.m1.value());
        completed(course, w.person(world.a, LocalDate.of(1980, 1, 1), 12), LocalDate.of(2026, 3, 1));
        completed(course, w.person(world.a, LocalDate.of(1981, 1, 1), 14), LocalDate.of(2025, 6, 1));
        UUID a1 = w.person(world.a, LocalDate.of(1975, 1, 1), 20);
        external(world.a, a1, 16, LocalDate.of(2025, 10, 20), "CONFIRMED");
        external(world.a, a1, 72, LocalDate.of(2026, 2, 20), "SUBMITTED");
        external(world.a, a1, 36, LocalDate.of(2025, 8, 20), "CONFIRMED");
        external(world.b, w.person(world.b, LocalDate.of(1976, 1, 1), 18), 8, LocalDate.of(2026, 2, 1), "CONFIRMED");
    }

    @Test
    void mentorsTrainedAndTrainingHoursAreTheYearsCompletionsAndConfirmedHours() {
        IndicatorTable school = indicators.of(curator, world.a, world.year());
        assertThat(school.total().get("MENTORS_TRAINED")).isEqualTo(Figure.count(1));
        assertThat(school.total().get("TRAINING_HOURS")).isEqualTo(Figure.count(16));
        IndicatorTable district =
                indicators.of(fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.m1), world.m1, world.year());
        assertThat(district.total().get("TRAINING_HOURS")).isEqualTo(Figure.count(24));
        assertThat(district.total().get("MENTORS_TRAINED").hidden()).isTrue();
        assertThat(indicators
                        .computed(
                                curator,
                                world.a,
                                new IndicatorPeriod(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 8, 31)))
                        .total()
                        .get("TRAINING_HOURS"))
                .isEqualTo(Figure.count(36));
    }

    @Test
    void theReportIsMadeFromTheSchoolsOwnEditedTemplateWithTheYearsTraining() throws Exception {
        String before = docxText();
        assertThat(before)
                .contains("Наставников, прошедших обучение: 1; часов обучения: 16.")
                .doesNotContain("Согласовано с управлением образования");

        String url = "/api/v1/organisations/" + world.a + "/document-templates/monitoring-annual-report";
        byte[] builtIn = mvc.perform(get(url).with(user(curator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        byte[] edited;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(builtIn));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Согласовано с управлением образования: {{school.name}}");
            doc.write(out);
            edited = out.toByteArray();
        }
        mvc.perform(multipart(url)
                        .file(new MockMultipartFile("file", "справка района.docx", "application/octet-stream", edited))
                        .with(r -> {
                            r.setMethod("PUT");
                            return r;
                        })
                        .header("If-Match", "\"0\"")
                        .with(user(curator)))
                .andExpect(status().isOk());

        String after = docxText();
        assertThat(after)
                .contains(
                        "Согласовано с управлением образования: Школа А",
                        "Наставников, прошедших обучение: 1; часов обучения: 16.",
                        "Количество наставников\t1\t")
                .doesNotContain("{{");
    }

    @Test
    void theDirectorReadsTrainingHoursInHoursNotInUnits() throws Exception {
        assertThat(docxText())
                .contains("Часы обучения наставников\t16\tч.", "Средняя нагрузка на наставника\t")
                .doesNotContain("Часы обучения наставников\t16\tед.", "среднее");
    }

    @Test
    void aYearStillUnderWayIsReportedUpToTodayAndAPastOneToItsEnd() throws Exception {
        assertThat(docxText()).contains("Период: с 01.09.2025 по 31.08.2026.");
        java.time.LocalDate today = ru.nastavnik.SchoolToday.date();
        int current = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        byte[] docx = mvc.perform(get("/monitoring/annual-report.docx")
                        .param("organisation", world.a.toString())
                        .param("year", String.valueOf(current))
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            assertThat(text.getText())
                    .contains("Период: с 01.09." + current + " по "
                            + java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")
                                    .format(today) + ".");
        }
    }

    /** The figures are the printed period's: pairs starting tomorrow are not counted (a new school's review, session 33). */
    @Test
    void aYearStillUnderWayCountsOnlyThePairsAtWorkByToday() throws Exception {
        Fixtures.World school = fixtures.world();
        NastavnikPrincipal itsCurator = fixtures.user(Role.CURATOR, school.schoolA());
        pairs.grow(itsCurator, school.schoolA(), java.util.List.of("Завтрашняя"));
        pairs.startByOrder(
                itsCurator,
                school.schoolA(),
                mentorships.list(itsCurator, school.schoolA()).stream()
                        .map(ru.nastavnik.mentorship.MentorshipView::id)
                        .toList(),
                "88-о",
                ru.nastavnik.SchoolToday.date());
        java.time.LocalDate today = ru.nastavnik.SchoolToday.date();
        int current = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        byte[] docx = mvc.perform(get("/monitoring/annual-report.docx")
                        .param("organisation", school.schoolA().toString())
                        .param("year", String.valueOf(current))
                        .with(user(itsCurator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            assertThat(text.getText()).contains("Количество наставнических пар\t0\t");
        }
    }

    @Test
    void peopleAreCountedInPersonsAndThingsInUnits() throws Exception {
        assertThat(docxText())
                .containsPattern("Количество наставников\t\\d+\tчел\\.")
                .containsPattern("Наставники, прошедшие обучение\t\\d+\tчел\\.")
                .containsPattern("Участники мероприятий по наставничеству\t\\d+\tчел\\.")
                .containsPattern("Количество наставнических пар\t\\d+\tед\\.")
                .doesNotContainPattern("Количество наставников\t\\d+\tед\\.");
    }

    @Test
    void sectionsTheCuratorLeftEmptyAreLinesToFillInAndSheSignsWithHerInitialsFirst() throws Exception {
        String text = docxText();
        // the school held a seminar and has a practice, so both tables are there; her three sections are empty:
        // problems and tasks are lines to write in by hand, the optional «Дополнительные сведения» is left out
        // 70 fit the indented line of the report's text width
        String line = "_".repeat(70);
        assertThat(text)
                .contains(
                        "Семинар\t1\t2",
                        "копилка школы\t1",
                        "6. Проблемы и затруднения\n" + line + "\n" + line + "\n7. Задачи на следующий учебный год\n"
                                + line)
                .doesNotContain(
                        "За период мероприятия не проводились.", "{{", "Не указано", "8. Дополнительные сведения");
        fixtures.curatorNamed(world.a, "Исаева О. П.");
        assertThat(docxText()).contains("Куратор наставничества ______________________ О. П. Исаева");
    }

    private void completed(UUID course, UUID person, LocalDate on) {
        jdbc.update(
                "insert into training_course_progress (id, organisation_id, course_id, person_id, completed_on)"
                        + " values (?, ?, ?, ?, ?)",
                UUID.randomUUID(),
                world.a.value(),
                course,
                person,
                on);
    }

    private void external(
            ru.nastavnik.shared.OrganisationId school, UUID person, int hours, LocalDate endsOn, String status) {
        jdbc.update(
                "insert into training_course (id, organisation_id, person_id, provider, title, hours, starts_on, ends_on,"
                        + " status, recorded_by, recorded_at) values (?, ?, ?, 'ИРО', 'КПК', ?, ?, ?, ?, 'тест', now())",
                UUID.randomUUID(),
                school.value(),
                person,
                hours,
                endsOn.minusDays(5),
                endsOn,
                status);
    }

    private String docxText() throws Exception {
        byte[] docx = mvc.perform(get("/monitoring/annual-report.docx")
                        .param("organisation", world.a.toString())
                        .param("year", "2025")
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            return text.getText();
        }
    }
}
