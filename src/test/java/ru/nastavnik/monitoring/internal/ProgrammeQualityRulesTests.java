package ru.nastavnik.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.survey.AnsweredQuestion;
import ru.nastavnik.survey.QuestionType;

/** The mid-point check-in's window, the curator's questionnaire, and how answers are pre-sorted for the SWOT. */
class ProgrammeQualityRulesTests {

    static final OrganisationId SCHOOL = new OrganisationId(UUID.randomUUID());
    static final LocalDate START = LocalDate.of(2025, 9, 1);
    static final LocalDate END = LocalDate.of(2026, 5, 31);

    @Test
    void theCheckInOpensTwoWeeksBeforeTheMidPointAndIsMissedTwoWeeksAfterIt() {
        // 1.09.2025–31.05.2026 is 272 days: the mid-point is 136 days in, 15.01.2026
        assertThat(CheckIn.midPoint(START, END)).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(CheckIn.opensOn(START, END)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(CheckIn.missed(START, END, LocalDate.of(2026, 1, 29), false)).isFalse();
        assertThat(CheckIn.missed(START, END, LocalDate.of(2026, 1, 30), false)).isTrue();
        assertThat(CheckIn.missed(START, END, LocalDate.of(2026, 3, 1), true)).isFalse();
        assertRefused(
                () -> checkIn(new NewCheckIn(2, "Освоила", null, 8), LocalDate.of(2025, 12, 31)),
                "review.checkin.notYet");
        assertThat(checkIn(new NewCheckIn(2, " Освоила ", " ", 8), LocalDate.of(2026, 1, 1))
                        .view(null))
                .isEqualTo(
                        new CheckInView(new PersonId(ID), null, true, 2, "Освоила", null, 8, LocalDate.of(2026, 1, 1)));
    }

    @Test
    void aCheckInNeedsMeetingsProgressAndASatisfactionOfOneToTen() {
        LocalDate on = LocalDate.of(2026, 1, 15);
        assertRefused(() -> checkIn(new NewCheckIn(null, "Да", null, 8), on), "review.checkin.meetings.invalid");
        assertRefused(() -> checkIn(new NewCheckIn(-1, "Да", null, 8), on), "review.checkin.meetings.invalid");
        assertRefused(() -> checkIn(new NewCheckIn(1, " ", null, 8), on), "review.checkin.progress.invalid");
        assertRefused(
                () -> checkIn(new NewCheckIn(1, "Да", "x".repeat(2001), 8), on), "review.checkin.difficulties.tooLong");
        assertRefused(() -> checkIn(new NewCheckIn(1, "Да", null, 11), on), "review.checkin.satisfaction.invalid");
        assertRefused(() -> checkIn(new NewCheckIn(1, "Да", null, 0), on), "review.checkin.satisfaction.invalid");
    }

    @Test
    void theCuratorScoresEachQuestionOneToFiveAndASwotNeedsOneSection() {
        ProgrammeReview review = new ProgrammeReview(SCHOOL, UUID.randomUUID());
        assertRefused(() -> review.answer(new CuratorAnswers(5, 6, 3, null), START), "review.curator.score.invalid");
        assertRefused(() -> review.fill(new Swot(" ", null, "", null), START), "review.swot.empty");
        assertThat(review.answers()).isNull();
        assertThat(review.swot()).isNull();
        review.answer(new CuratorAnswers(4, 5, 3, " Пара работает "), START);
        review.fill(new Swot("Регулярные встречи", null, null, "Нагрузка"), START);
        assertThat(review.answers()).isEqualTo(new CuratorAnswers(4, 5, 3, "Пара работает"));
        assertThat(review.swot()).isEqualTo(new Swot("Регулярные встречи", null, null, "Нагрузка"));
    }

    @Test
    void answersAreSortedHighToStrengthsLowAndDifficultiesToWeaknessesCommentsToOpportunitiesMissedToThreats() {
        CheckInView mentor = new CheckInView(new PersonId(ID), null, true, 0, "Планы уроков", "Нет времени", 5, END);
        CheckInView mentee = new CheckInView(new PersonId(ID), null, false, 4, "Дисциплина лучше", null, 8, END);
        SwotSources.Sheet sheet = new SwotSources.Sheet(
                false,
                List.of(
                        new AnsweredQuestion("В целом", QuestionType.SCALE, 10, List.of("9")),
                        new AnsweredQuestion("Соответствие запросам", QuestionType.SCALE, 5, List.of("3")),
                        new AnsweredQuestion("Регулярность встреч", QuestionType.SCALE, 5, List.of("2")),
                        new AnsweredQuestion("Что изменить", QuestionType.TEXT, null, List.of("Больше практики")),
                        new AnsweredQuestion("Продолжить?", QuestionType.SINGLE, null, List.of("да"))));
        SwotSources s = SwotSources.sort(List.of(mentor, mentee), List.of(sheet), false, true);
        assertThat(s.strengths())
                .containsExactly(
                        new SwotSources.Item("progress", true, "Планы уроков"),
                        new SwotSources.Item("progress", false, "Дисциплина лучше"),
                        new SwotSources.Item("checkinSatisfaction", false, "8 / 10"),
                        new SwotSources.Item("score", false, "В целом — 9 / 10"));
        // 5 of 10 and 2 of 5 are half the scale or below; 3 of 5 is in the middle and not sorted
        assertThat(s.weaknesses())
                .containsExactly(
                        new SwotSources.Item("difficulties", true, "Нет времени"),
                        new SwotSources.Item("checkinSatisfaction", true, "5 / 10"),
                        new SwotSources.Item("score", false, "Регулярность встреч — 2 / 5"));
        assertThat(s.opportunities())
                .containsExactly(new SwotSources.Item("comment", false, "Что изменить — Больше практики"));
        assertThat(s.threats())
                .containsExactly(
                        new SwotSources.Item("noMeetings", true, "0"), new SwotSources.Item("missed", false, ""));
    }

    static final UUID ID = UUID.randomUUID();

    private static CheckIn checkIn(NewCheckIn form, LocalDate today) {
        return new CheckIn(SCHOOL, UUID.randomUUID(), new PersonId(ID), true, form, START, END, today);
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo(key));
    }
}
