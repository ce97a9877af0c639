package ru.nastavnik.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;

class ExternalCourseTests {

    private static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    private static CourseDraft draft(String title, Integer hours, LocalDate from, LocalDate to) {
        return new CourseDraft("ИРО", title, hours, from, to);
    }

    private static ExternalCourse course() {
        return new ExternalCourse(
                new OrganisationId(UUID.randomUUID()),
                new PersonId(UUID.randomUUID()),
                draft("Наставничество", 72, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 20)),
                "Наставник",
                NOW,
                TODAY);
    }

    private static void refused(CourseDraft draft, String field) {
        assertThatThrownBy(() -> ExternalCourse.check(draft, TODAY))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo(field));
    }

    @Test
    void negativeOrNoHoursAnEndBeforeTheStartAndAnEmptyTitleAreRefusedNamingTheField() {
        LocalDate from = LocalDate.of(2026, 10, 1);
        refused(draft("Курс", -8, from, from), "hours");
        refused(draft("Курс", 0, from, from), "hours");
        refused(draft("Курс", null, from, from), "hours");
        refused(draft("Курс", 72, from, from.minusDays(1)), "endsOn");
        refused(draft("  ", 72, from, from), "title");
        refused(new CourseDraft(" ", "Курс", 72, from, from), "provider");
        refused(draft("Курс", 72, null, from), "startsOn");
        ExternalCourse.check(draft("Однодневный семинар", 8, from, from), TODAY);
    }

    /** A course is recorded as taken: one ending after the school's today has not been taken, whatever its year. */
    @Test
    void aCourseEndingAfterTodayIsRefusedNamingItsEndAndOneEndingTodayIsTaken() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        for (CourseDraft ahead : new CourseDraft[] {
            draft("КПК", 72, LocalDate.of(2027, 11, 1), LocalDate.of(2027, 11, 10)),
            draft("КПК", 72, today.minusDays(3), today.plusDays(1)),
            draft("КПК", 72, LocalDate.of(2126, 1, 1), LocalDate.of(2126, 2, 1))
        }) {
            assertThatThrownBy(() -> ExternalCourse.check(ahead, today))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.problems().get(0).field()).isEqualTo("endsOn");
                        assertThat(e.problems().get(0).messageKey()).isEqualTo("training.course.endsOn.future");
                    });
        }
        ExternalCourse.check(draft("КПК", 72, today.minusDays(10), today), today);
    }

    /** The aggregate guards it too: neither a new course nor a correction ends after today. */
    @Test
    void neitherARecordNorACorrectionTakesAnEndAfterToday() {
        LocalDate later = TODAY.plusDays(9);
        assertThatThrownBy(() -> new ExternalCourse(
                        new OrganisationId(UUID.randomUUID()),
                        new PersonId(UUID.randomUUID()),
                        draft("КПК", 72, TODAY, later),
                        "Наставник",
                        NOW,
                        TODAY))
                .isInstanceOf(InvalidInputException.class);
        ExternalCourse course = course();
        assertThatThrownBy(() -> course.edit(draft("КПК", 72, TODAY, later), 0L, TODAY))
                .isInstanceOf(InvalidInputException.class);
        assertThat(course.view().endsOn()).isEqualTo(LocalDate.of(2026, 10, 20));
    }

    /** One recorded before the rule (its end still ahead) is not confirmed until it has ended. */
    @Test
    void aCourseNotEndedYetIsNotConfirmed() {
        ExternalCourse course = course();
        assertThatThrownBy(() -> course.confirm("Куратор", NOW, LocalDate.of(2026, 10, 19)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("training.course.notEnded"));
        assertThat(course.view().status()).isEqualTo(CourseStatus.SUBMITTED);
        course.confirm("Куратор", NOW, LocalDate.of(2026, 10, 20));
        assertThat(course.view().status()).isEqualTo(CourseStatus.CONFIRMED);
    }

    @Test
    void aCourseWaitsForTheCuratorWhoConfirmsItOnce() {
        ExternalCourse course = course();
        assertThat(course.view().status()).isEqualTo(CourseStatus.SUBMITTED);
        course.confirm("Куратор", NOW, TODAY);
        assertThat(course.view().status()).isEqualTo(CourseStatus.CONFIRMED);
        assertThat(course.view().decidedBy()).isEqualTo("Куратор");
        assertThatThrownBy(() -> course.confirm("Куратор", NOW, TODAY)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() ->
                        course.edit(draft("Другое", 10, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2)), 0L, TODAY))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("training.course.confirmed"));
    }

    @Test
    void aReturnedCourseCarriesTheCommentAndACorrectionSendsItBack() {
        ExternalCourse course = course();
        assertThatThrownBy(() -> course.giveBack(" ", "Куратор", NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("comment"));
        course.giveBack("Приложите удостоверение", "Куратор", NOW);
        assertThat(course.view().status()).isEqualTo(CourseStatus.RETURNED);
        assertThat(course.view().returnComment()).isEqualTo("Приложите удостоверение");
        assertThatThrownBy(() -> course.confirm("Куратор", NOW, TODAY)).isInstanceOf(InvalidInputException.class);

        course.edit(draft("Наставничество", 36, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 20)), 0L, TODAY);
        assertThat(course.view().status()).isEqualTo(CourseStatus.SUBMITTED);
        assertThat(course.view().hours()).isEqualTo(36);
    }
}
