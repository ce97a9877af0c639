package ru.nastavnik.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Training figures by area and period on a fixture computed by hand (period 01.09–30.11.2026):
 * <pre>
 * school A: A1 mentor, course completed 15.10 (in), 16 h confirmed ending 20.10 (in), attended the 2-hour session 10.10
 *           A2 mentor, not completed, 72 h confirmed ending 20.08 (before the period)
 *           A3 left the bank 01.11 (not a mentor at the end), course completed 01.10
 * school B: B1 mentor, course completed 10.06 (before), 36 h confirmed ending 01.11, 24 h only submitted, attended 10.10
 * school A:      mentors 2, trained 2 (A1, A3), in period 2, share 100 %, external 16 h, sessions 2.0 h
 * municipality:  mentors 3, trained 3, in period 2, share 100 %, external 52 h, sessions 4.0 h
 * </pre>
 */
@SpringBootTest
@AutoConfigureMockMvc
class TrainingFiguresIntegrationTests {

    @Autowired
    TrainingFigures figures;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffManagement staff;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    private static final LocalDate FROM = LocalDate.of(2026, 9, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 30);

    @Test
    void mentorsTrainedTheirShareAndTrainingHoursAddUpByAreaAndPeriod() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curatorA = fixtures.user(Role.CURATOR, world.schoolA());
        NastavnikPrincipal curatorB = fixtures.user(Role.CURATOR, world.schoolB());
        UUID a1 = person(curatorA, world.schoolA(), "Андреева");
        UUID a2 = person(curatorA, world.schoolA(), "Борисова");
        UUID a3 = person(curatorA, world.schoolA(), "Власова");
        UUID b1 = person(curatorB, world.schoolB(), "Григорьева");
        mentor(world.schoolA(), a1, null);
        mentor(world.schoolA(), a2, null);
        mentor(world.schoolA(), a3, LocalDate.of(2026, 11, 1));
        mentor(world.schoolB(), b1, null);

        UUID event = UUID.fromString(session(world));
        UUID course = UUID.randomUUID();
        UUID sessionStep = UUID.randomUUID();
        jdbc.update(
                "insert into training_mentor_course (id, organisation_id, title) values (?, ?, 'Школа наставника')",
                course,
                world.municipality().value());
        jdbc.update(
                "insert into training_mentor_course_step (course_id, position, step_id, kind, title, event_id)"
                        + " values (?, 0, ?, 'SESSION', 'Сессия', ?)",
                course,
                sessionStep,
                event);
        UUID pa1 = progress(course, world.schoolA(), a1, LocalDate.of(2026, 10, 15));
        progress(course, world.schoolA(), a2, null);
        progress(course, world.schoolA(), a3, LocalDate.of(2026, 10, 1));
        UUID pb1 = progress(course, world.schoolB(), b1, LocalDate.of(2026, 6, 10));
        for (UUID p : new UUID[] {pa1, pb1}) {
            jdbc.update(
                    "insert into training_course_progress_step (progress_id, step_id, done_at) values (?, ?, ?)",
                    p,
                    sessionStep,
                    Timestamp.valueOf(LocalDateTime.of(2026, 10, 10, 12, 0)));
        }
        external(world.schoolA(), a1, 16, LocalDate.of(2026, 10, 20), "CONFIRMED");
        external(world.schoolA(), a2, 72, LocalDate.of(2026, 8, 20), "CONFIRMED");
        external(world.schoolB(), b1, 36, LocalDate.of(2026, 11, 1), "CONFIRMED");
        external(world.schoolB(), b1, 24, LocalDate.of(2026, 11, 1), "SUBMITTED");

        TrainingFigures.Figures school = figures.of(world.schoolA(), FROM, TO);
        assertThat(school).isEqualTo(new TrainingFigures.Figures(2, 2, 2, 100, 16, new BigDecimal("2.0")));
        TrainingFigures.Figures area = figures.of(world.municipality(), FROM, TO);
        assertThat(area).isEqualTo(new TrainingFigures.Figures(3, 3, 2, 100, 52, new BigDecimal("4.0")));
        assertThat(area.hours()).isEqualByComparingTo("56.0");
        // school by school for monitoring's breakdown: school A 16 + 2.0 = 18 hours, school B the rest of the area's 56
        var bySchool = figures.bySchool(List.of(world.schoolA(), world.schoolB()), FROM, TO);
        assertThat(bySchool.get(world.schoolA())).isEqualTo(new TrainingFigures.SchoolTraining(2, 18));
        assertThat(bySchool.values().stream()
                        .mapToLong(TrainingFigures.SchoolTraining::hours)
                        .sum())
                .isEqualTo(56);
        assertThat(bySchool.values().stream()
                        .mapToLong(TrainingFigures.SchoolTraining::trainedInPeriod)
                        .sum())
                .isEqualTo(2);
        TrainingFigures.Figures before =
                figures.of(world.municipality(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 8, 31));
        assertThat(before).isEqualTo(new TrainingFigures.Figures(4, 1, 1, 25, 72, new BigDecimal("0.0")));

        String api = "/api/v1/organisations/" + world.municipality() + "/training-figures";
        NastavnikPrincipal methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality());
        mvc.perform(get(api).param("from", "2026-09-01")
                        .param("to", "2026-11-30")
                        .with(user(methodologist)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mentors").value(3))
                .andExpect(jsonPath("$.sharePercent").value(100))
                .andExpect(jsonPath("$.externalHours").value(52));
        mvc.perform(get(api).param("from", "2026-12-01")
                        .param("to", "2026-11-30")
                        .with(user(methodologist)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get(api).param("from", "2026-09-01")
                        .param("to", "2026-11-30")
                        .with(user(curatorA)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMentorTheCuratorMarkedTrainedElsewhereCountsAsTrainedOnceOnTheDayOfHerMark() {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        UUID marked = person(curator, world.schoolA(), "Дмитриева");
        UUID markedBefore = person(curator, world.schoolA(), "Егорова");
        UUID both = person(curator, world.schoolA(), "Жукова");
        trainedMentor(world.schoolA(), marked, LocalDate.of(2026, 9, 20));
        trainedMentor(world.schoolA(), markedBefore, LocalDate.of(2026, 5, 20));
        trainedMentor(world.schoolA(), both, LocalDate.of(2026, 10, 15));
        UUID course = UUID.randomUUID();
        jdbc.update(
                "insert into training_mentor_course (id, organisation_id, title) values (?, ?, 'Школа наставника')",
                course,
                world.municipality().value());
        // the course completed on the day the bank marked her: one trained mentor, not two
        progress(course, world.schoolA(), both, LocalDate.of(2026, 10, 15));

        assertThat(figures.of(world.schoolA(), FROM, TO))
                .isEqualTo(new TrainingFigures.Figures(3, 3, 2, 100, 0, new BigDecimal("0.0")));
        assertThat(figures.bySchool(List.of(world.schoolA()), FROM, TO).get(world.schoolA()))
                .isEqualTo(new TrainingFigures.SchoolTraining(2, 0));
        assertThat(figures.completedBy(List.of(world.schoolA()), FROM, TO)).containsEntry(world.schoolA(), 2L);
    }

    private void trainedMentor(OrganisationId school, UUID person, LocalDate trainedOn) {
        jdbc.update(
                "insert into bank_mentor (id, organisation_id, person_id, capacity, entered_on, training_status,"
                        + " trained_on) values (?, ?, ?, 1, ?, 'TRAINED', ?)",
                UUID.randomUUID(),
                school.value(),
                person,
                LocalDate.of(2026, 1, 10),
                trainedOn);
    }

    private UUID person(NastavnikPrincipal curator, OrganisationId school, String lastName) {
        return staff.create(curator, school, Fixtures.teacher(lastName, "Анна", "Сергеевна"))
                .id()
                .value();
    }

    private void mentor(OrganisationId school, UUID person, LocalDate leftOn) {
        jdbc.update(
                "insert into bank_mentor (id, organisation_id, person_id, capacity, entered_on, left_on)"
                        + " values (?, ?, ?, 1, ?, ?)",
                UUID.randomUUID(),
                school.value(),
                person,
                LocalDate.of(2026, 1, 10),
                leftOn);
    }

    private UUID progress(UUID course, OrganisationId school, UUID person, LocalDate completedOn) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into training_course_progress (id, organisation_id, course_id, person_id, completed_on)"
                        + " values (?, ?, ?, ?, ?)",
                id,
                school.value(),
                course,
                person,
                completedOn);
        return id;
    }

    private void external(OrganisationId school, UUID person, int hours, LocalDate endsOn, String status) {
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

    /** A 2-hour event of the municipality (the catalogue gives its length); its date does not matter here. */
    private String session(Fixtures.World world) throws Exception {
        NastavnikPrincipal methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality());
        LocalDateTime start = LocalDateTime.now().plusDays(7).truncatedTo(ChronoUnit.HOURS);
        return JsonPath.read(
                mvc.perform(post("/api/v1/organisations/" + world.municipality() + "/events")
                                .with(user(methodologist))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                        {"kind":"INSTALLATION_SESSION","title":"Установочная сессия","startsAt":"%s","endsAt":"%s",
                         "place":"Методический центр","schools":["%s"]}""".formatted(start, start.plusHours(2), world.schoolA())))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }
}
