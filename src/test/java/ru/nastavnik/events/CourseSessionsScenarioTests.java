package ru.nastavnik.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.Staffroom;
import ru.nastavnik.events.internal.EventDetails;
import ru.nastavnik.events.internal.EventManagement;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.training.MentorCourseCompleted;
import ru.nastavnik.training.internal.MentorCourseView;
import ru.nastavnik.training.internal.MentorCourses;
import ru.nastavnik.training.internal.MentorProgress;
import ru.nastavnik.training.internal.NewStep;
import ru.nastavnik.training.internal.StepKind;

/**
 * The events module as training's session catalogue: the attendance an organiser records comes in after its commit,
 * the course step that names the session is done for those present, and the last step done sends
 * {@link MentorCourseCompleted} out.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class CourseSessionsScenarioTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Staffroom staffroom;

    @Autowired
    EventManagement events;

    @Autowired
    MentorCourses courses;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventPublicationRegistry registry;

    @Test
    void beingPresentAtTheCoursesOnlySessionCompletesTheMentorsCourse(Scenario scenario) {
        School s = school();
        PersonId mentor = staffroom.mentor(s.curator(), s.school(), "Соловьёва");

        scenario.publish(new AttendanceRecorded(
                        s.school(), s.session().id(), EventKind.INSTALLATION_SESSION, List.of(mentor), List.of()))
                .andWaitForEventOfType(MentorCourseCompleted.class)
                .matching(e -> e.person().equals(mentor))
                .toArriveAndVerify(e -> {
                    assertThat(e.course()).isEqualTo(s.course().id());
                    assertThat(e.organisation()).isEqualTo(s.school());
                    assertThat(e.completedOn()).isEqualTo(SchoolToday.date());
                    List<MentorProgress> progress = courses.progressIn(
                            s.curator(), s.school(), s.course().id());
                    assertThat(progress).hasSize(1);
                    assertThat(progress.get(0).progress().person()).isEqualTo(mentor);
                    assertThat(progress.get(0).progress().done())
                            .containsExactly(s.course().steps().get(0).id());
                    assertThat(progress.get(0).progress().percent()).isEqualTo(100);
                });
    }

    @Test
    void theStepDoneIsAuditedInTheMentorsSchool(Scenario scenario) {
        School s = school();
        PersonId mentor = staffroom.mentor(s.curator(), s.school(), "Прохорова");

        scenario.publish(new AttendanceRecorded(
                        s.school(), s.session().id(), EventKind.INSTALLATION_SESSION, List.of(mentor), List.of()))
                .andWaitForEventOfType(AuditEvent.class)
                .matching(e -> mentor.value().equals(e.subjectId())
                        && String.valueOf(e.details()).startsWith("посещение"))
                .toArriveAndVerify(e -> {
                    assertThat(e.organisation()).isEqualTo(s.school());
                    assertThat(e.details())
                            .isEqualTo("посещение мероприятия — шаг курса наставника «Школа наставника»");
                });
    }

    /**
     * Attendance at an event no step names does not count; nor does another school's teacher at the session, since
     * a course published by this school is not read in hers.
     */
    @Test
    void anotherEventOrAnotherSchoolsTeacherLeavesEveryCourseAsItWas(Scenario scenario) {
        School s = school();
        PersonId mentor = staffroom.mentor(s.curator(), s.school(), "Никитина");
        NastavnikPrincipal curatorOfB = fixtures.user(Role.CURATOR, s.world().schoolB());
        PersonId fromB = staffroom.mentor(curatorOfB, s.world().schoolB(), "Макарова");
        EventView elsewhere = session(s.curator(), s.school(), "Педагогический совет");

        handled(
                scenario,
                new AttendanceRecorded(
                        s.school(), elsewhere.id(), EventKind.INSTALLATION_SESSION, List.of(mentor), List.of()));
        handled(
                scenario,
                new AttendanceRecorded(
                        s.school(), s.session().id(), EventKind.INSTALLATION_SESSION, List.of(fromB), List.of()));

        assertThat(courses.progressIn(s.curator(), s.school(), s.course().id())).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from training_course_progress where person_id in (?, ?)",
                        Integer.class,
                        mentor.value(),
                        fromB.value()))
                .isZero();
    }

    private void handled(Scenario scenario, AttendanceRecorded recorded) {
        scenario.publish(recorded)
                .andWaitForStateChange(
                        () -> registry.findIncompletePublications().stream()
                                .noneMatch(p -> recorded.equals(p.getEvent())),
                        handled -> handled)
                .andVerify(handled -> assertThat(handled).isTrue());
    }

    private record School(
            Fixtures.World world,
            OrganisationId school,
            NastavnikPrincipal curator,
            EventView session,
            MentorCourseView course) {}

    /** A school's curator, a session the school organises, and a course of that one session step. */
    private School school() {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        EventView session = session(curator, world.schoolA(), "Установочная сессия наставников");
        MentorCourseView course = courses.publish(curator, world.schoolA(), "Школа наставника", null);
        course = courses.addStep(
                curator,
                course.id(),
                new NewStep(StepKind.SESSION, null, session.id().value(), null, null),
                course.version());
        assertThat(course.steps())
                .extracting(st -> st.event())
                .containsExactly(session.id().value());
        return new School(world, world.schoolA(), curator, session, course);
    }

    private EventView session(NastavnikPrincipal organiser, OrganisationId school, String title) {
        LocalDateTime start = LocalDateTime.now().plusDays(7).truncatedTo(ChronoUnit.HOURS);
        return events.plan(
                organiser,
                school,
                new EventDetails(
                        EventKind.INSTALLATION_SESSION,
                        null,
                        title,
                        null,
                        start,
                        start.plusHours(2),
                        "Методический центр",
                        null,
                        null,
                        List.of(school),
                        List.of(),
                        List.of()));
    }
}
