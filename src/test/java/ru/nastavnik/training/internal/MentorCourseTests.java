package ru.nastavnik.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.StaleVersionException;
import ru.nastavnik.training.MaterialId;
import ru.nastavnik.training.MentorCourseId;

class MentorCourseTests {

    private static final OrganisationId SCHOOL = new OrganisationId(UUID.randomUUID());
    private static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    private static MentorCourse course() {
        MentorCourse course = new MentorCourse(SCHOOL, "Школа наставника", null);
        course.add(
                new NewStep(StepKind.MATERIAL, new MaterialId(UUID.randomUUID()), null, null, null),
                "Роль наставника",
                0L);
        course.add(new NewStep(StepKind.TASK, null, null, "Посетить урок наставляемого", "и разобрать его"), null, 0L);
        course.add(new NewStep(StepKind.TASK, null, null, "Составить план", null), null, 0L);
        return course;
    }

    @Test
    void aStudyStepTakesItsMaterialsTitleAndNeedsAMaterialTheCourseMayUse() {
        MentorCourse course = course();
        assertThat(course.view().steps())
                .extracting(StepView::title)
                .containsExactly("Роль наставника", "Посетить урок наставляемого", "Составить план");
        assertThat(course.view().steps()).extracting(StepView::number).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> course.add(
                        new NewStep(StepKind.MATERIAL, new MaterialId(UUID.randomUUID()), null, "Чужой", null),
                        null,
                        0L))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("material"));
        assertThatThrownBy(() -> course.add(new NewStep(StepKind.TASK, null, null, " ", null), null, 0L))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("title"));
        assertThatThrownBy(() -> new MentorCourse(SCHOOL, "", null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void stepsMoveAndGoAwayOnTheVersionTheEditorRead() {
        MentorCourse course = course();
        List<UUID> ids = course.stepIds();
        course.move(ids.get(2), -1, 0L);
        assertThat(course.stepIds()).containsExactly(ids.get(0), ids.get(2), ids.get(1));
        course.move(ids.get(0), -1, 0L);
        assertThat(course.stepIds().get(0)).isEqualTo(ids.get(0));
        course.remove(ids.get(1), 0L);
        assertThat(course.stepIds()).containsExactly(ids.get(0), ids.get(2));
        assertThatThrownBy(() -> course.remove(UUID.randomUUID(), 0L)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> course.remove(ids.get(0), 3L)).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void theStepsAreDoneInOrderAndTheLastCompletesTheCourseOnce() {
        MentorCourse course = course();
        List<UUID> order = course.stepIds();
        CourseProgress progress =
                new CourseProgress(SCHOOL, new MentorCourseId(course.id()), new PersonId(UUID.randomUUID()));
        assertThatThrownBy(() -> progress.markDone(order, order.get(1), NOW, TODAY))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("training.progress.outOfOrder"));
        assertThat(progress.markDone(order, order.get(0), NOW, TODAY)).isEmpty();
        assertThatThrownBy(() -> progress.markDone(order, order.get(0), NOW, TODAY))
                .isInstanceOf(InvalidInputException.class);
        assertThat(progress.markDone(order, order.get(1), NOW, TODAY)).isEmpty();
        assertThat(progress.view(order).percent()).isEqualTo(66);
        assertThat(progress.view(order).next()).isEqualTo(order.get(2));

        assertThat(progress.markDone(order, order.get(2), NOW, TODAY)).hasValueSatisfying(done -> {
            assertThat(done.completedOn()).isEqualTo(TODAY);
            assertThat(done.organisation()).isEqualTo(SCHOOL);
        });
        assertThat(progress.view(order).completedOn()).isEqualTo(TODAY);
        assertThat(progress.view(order).next()).isNull();
    }

    @Test
    void anAttendedSessionCountsBeforeTheEarlierStepsWhichStillGoInOrderAndTheLastOneCompletes() {
        MentorCourse course = course();
        UUID event = UUID.randomUUID();
        assertThatThrownBy(() -> course.add(new NewStep(StepKind.SESSION, null, event, null, null), null, 0L))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("event"));
        course.add(new NewStep(StepKind.SESSION, null, event, null, null), "Установочная сессия", 0L);
        List<UUID> order = course.stepIds();
        UUID session = order.get(3);
        assertThat(course.view().steps().get(3).title()).isEqualTo("Установочная сессия");
        assertThat(course.sessionsAt(event)).containsExactly(session);
        assertThatThrownBy(() -> course.checkManual(session))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey())
                                .isEqualTo("training.progress.sessionByAttendance"));

        CourseProgress progress =
                new CourseProgress(SCHOOL, new MentorCourseId(course.id()), new PersonId(UUID.randomUUID()));
        assertThat(progress.recorded(order, session, NOW, TODAY)).isEmpty();
        assertThat(progress.recorded(order, session, NOW, TODAY)).isEmpty();
        assertThat(progress.view(order).next()).isEqualTo(order.get(0));
        assertThatThrownBy(() -> progress.markDone(order, order.get(1), NOW, TODAY))
                .isInstanceOf(InvalidInputException.class);
        progress.markDone(order, order.get(0), NOW, TODAY);
        progress.markDone(order, order.get(1), NOW, TODAY);
        assertThat(progress.markDone(order, order.get(2), NOW, TODAY)).isPresent();
        assertThat(progress.view(order).completedOn()).isEqualTo(TODAY);
    }
}
