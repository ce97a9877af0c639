package ru.nastavnik.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.survey.Option;
import ru.nastavnik.survey.Question;
import ru.nastavnik.survey.QuestionType;
import ru.nastavnik.training.MentorCourseId;

class MasteryCheckTests {

    private static final OrganisationId SCHOOL = new OrganisationId(UUID.randomUUID());
    private static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");
    private static final MentorCourseId COURSE = new MentorCourseId(UUID.randomUUID());
    private static final PersonId MENTOR = new PersonId(UUID.randomUUID());

    static Question choice(int points) {
        return new Question(
                "new",
                QuestionType.SINGLE,
                "Кто подписывает приказ о наставничестве?",
                null,
                true,
                List.of(new Option("o1", "Куратор"), new Option("o2", "Руководитель", true)),
                null,
                null,
                points);
    }

    static Question freeText(int points) {
        return new Question(
                "new", QuestionType.TEXT, "Опишите план первой встречи", null, true, List.of(), null, null, points);
    }

    /** A check of a 2-point choice (q1) and, if asked, a 3-point free text (q2), with the pass mark given. */
    static MasteryCheck check(boolean withText, int passMark) {
        MasteryCheck check = new MasteryCheck(SCHOOL, "Основы наставничества");
        check.addQuestion(choice(2), 0L);
        if (withText) {
            check.addQuestion(freeText(3), 0L);
        }
        check.passMark(passMark, 0L);
        return check;
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.problems().get(0).field() + ":" + e.problems().get(0).messageKey();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aCheckWithoutQuestionsOrWithAPassMarkAboveItsMaximumIsRefused() {
        MasteryCheck empty = new MasteryCheck(SCHOOL, "Пустая");
        assertThat(refusal(empty::requireUsable)).isEqualTo("check:training.check.noQuestions");
        assertThat(refusal(() -> empty.passMark(1, 0L))).isEqualTo("passMark:training.check.noQuestions");
        empty.addQuestion(choice(2), 0L);
        assertThat(refusal(empty::requireUsable)).isEqualTo("check:training.check.passMark.range");
        assertThat(refusal(() -> empty.passMark(3, 0L))).isEqualTo("passMark:training.check.passMark.range");
        assertThat(refusal(() -> empty.passMark(0, 0L))).isEqualTo("passMark:training.check.passMark.range");
        empty.passMark(2, 0L);
        empty.requireUsable();
        assertThat(refusal(() -> empty.removeQuestion("q1", 0L)))
                .isEqualTo("question:training.check.passMark.wouldExceed");
        assertThat(refusal(() -> new MasteryCheck(SCHOOL, " "))).isEqualTo("title:training.check.title.invalid");
    }

    @Test
    void choiceAnswersAreScoredAtOnceAndDecideWhenNothingIsFreeText() {
        MasteryCheck check = check(false, 2);
        CheckAttempt right =
                new CheckAttempt(SCHOOL, COURSE, UUID.randomUUID(), check, MENTOR, Map.of("q1", List.of("o2")), NOW);
        assertThat(right.status()).isEqualTo(AttemptStatus.PASSED);
        CheckAttempt wrong =
                new CheckAttempt(SCHOOL, COURSE, UUID.randomUUID(), check, MENTOR, Map.of("q1", List.of("o1")), NOW);
        assertThat(wrong.status()).isEqualTo(AttemptStatus.FAILED);
        assertThat(wrong.status().retakable()).isTrue();
        assertThat(refusal(() -> new CheckAttempt(SCHOOL, COURSE, UUID.randomUUID(), check, MENTOR, Map.of(), NOW)))
                .isEqualTo("q1:survey.answer.required");
    }

    @Test
    void freeTextWaitsForTheCuratorWhoAcceptsItOrReturnsItWithAComment() {
        MasteryCheck check = check(true, 5);
        Map<String, List<String>> answers = Map.of("q1", List.of("o2"), "q2", List.of("Знакомство и цели"));
        CheckAttempt attempt = new CheckAttempt(SCHOOL, COURSE, UUID.randomUUID(), check, MENTOR, answers, NOW);
        assertThat(attempt.status()).isEqualTo(AttemptStatus.IN_REVIEW);
        assertThat(attempt.view(null).score()).isEqualTo(2);
        assertThat(attempt.status().retakable()).isFalse();
        attempt.accept(NOW);
        assertThat(attempt.status()).isEqualTo(AttemptStatus.PASSED);
        assertThat(attempt.view(null).score()).isEqualTo(5);
        assertThat(refusal(() -> attempt.accept(NOW))).isEqualTo("status:training.attempt.notInReview");

        CheckAttempt returned = new CheckAttempt(SCHOOL, COURSE, UUID.randomUUID(), check, MENTOR, answers, NOW);
        assertThat(refusal(() -> returned.returnWith("  ", NOW)))
                .isEqualTo("comment:training.attempt.comment.required");
        assertThat(returned.status()).isEqualTo(AttemptStatus.IN_REVIEW);
        returned.returnWith("Раскройте цели встречи", NOW);
        assertThat(returned.status()).isEqualTo(AttemptStatus.RETURNED);
        assertThat(returned.view(null).reviewComment()).isEqualTo("Раскройте цели встречи");
        assertThat(returned.status().retakable()).isTrue();
    }

    @Test
    void acceptedFreeTextStillFailsWhenTheScoreFallsShortOfThePassMark() {
        MasteryCheck check = check(true, 5);
        CheckAttempt attempt = new CheckAttempt(
                SCHOOL,
                COURSE,
                UUID.randomUUID(),
                check,
                MENTOR,
                Map.of("q1", List.of("o1"), "q2", List.of("Не знаю")),
                NOW);
        attempt.accept(NOW);
        assertThat(attempt.status()).isEqualTo(AttemptStatus.FAILED);
        assertThat(attempt.view(null).score()).isEqualTo(3);
    }

    @Test
    void anAttemptKeepsTheCheckAsItWasTaken() {
        MasteryCheck check = check(false, 2);
        CheckAttempt attempt =
                new CheckAttempt(SCHOOL, COURSE, UUID.randomUUID(), check, MENTOR, Map.of("q1", List.of("o2")), NOW);
        check.addQuestion(freeText(3), 0L);
        assertThat(attempt.view(null).questions()).hasSize(1);
        assertThat(attempt.view(null).maximum()).isEqualTo(2);
    }

    @Test
    void aCheckStepNeedsACheckFoundWhereTheCourseIs() {
        MentorCourse course = new MentorCourse(SCHOOL, "Школа наставника", null);
        MasteryCheckId check = new MasteryCheckId(UUID.randomUUID());
        assertThat(refusal(() -> course.add(new NewStep(StepKind.CHECK, null, null, null, null, check), null, 0L)))
                .isEqualTo("check:training.step.check.unknown");
        course.add(new NewStep(StepKind.CHECK, null, null, null, null, check), "Основы", 0L);
        UUID step = course.stepIds().get(0);
        assertThat(course.checkOf(step)).isEqualTo(check.value());
        assertThat(refusal(() -> course.checkManual(step))).isEqualTo("step:training.progress.checkByAttempt");
    }
}
