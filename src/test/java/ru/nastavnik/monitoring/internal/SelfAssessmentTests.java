package ru.nastavnik.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.QualificationCategory;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;

/** The self-assessment's rules: scores 1–5 on the same items, a deficit below 4 closed by reaching 4, growth. */
class SelfAssessmentTests {

    static final LocalDate START = LocalDate.of(2025, 10, 1);
    /** The programme's planned end: the end opens a month before it, on 30.05.2026. */
    static final LocalDate PLANNED_END = LocalDate.of(2026, 6, 30);

    static final LocalDate OPENS = SelfAssessment.endOpensOn(PLANNED_END);
    static final OrganisationId SCHOOL = new OrganisationId(UUID.randomUUID());

    static SelfAssessment started(Integer... scores) {
        List<String> titles = Arrays.stream(scores).map(s -> "Пункт " + s).toList();
        return new SelfAssessment(
                SCHOOL, UUID.randomUUID(), new PersonId(UUID.randomUUID()), titles, List.of(scores), START);
    }

    @Test
    void aDeficitIsAnItemBelowFourAtTheStartAndClosesWhenTheEndReachesFour() {
        SelfAssessment a = started(2, 3, 3, 4, 5);
        a.end(List.of(4, 3, 5, 3, 5), START.plusMonths(8), OPENS, false);
        SelfAssessmentView v = a.view(null);
        // deficits: 2, 3, 3 (items 1–3); closed: 2→4 and 3→5; 3→3 stays; 4→3 was never a deficit
        assertThat(v.deficits()).isEqualTo(3);
        assertThat(v.deficitsClosed()).isEqualTo(2);
        assertThat(v.items()).extracting(v::closed).containsExactly(true, false, true, false, false);
        assertThat(v.items()).extracting(v::growth).containsExactly(2, 0, 2, -1, 0);
        // growth (2 + 0 + 2 − 1 + 0) / 5 = 0.6
        assertThat(v.meanGrowth()).isEqualByComparingTo(new BigDecimal("0.6"));
        assertThat(v.endedOn()).isEqualTo(START.plusMonths(8));
    }

    @Test
    void beforeTheEndThereIsNoGrowthAndNothingIsClosed() {
        SelfAssessmentView v = started(1, 2).view("Соловьёва");
        assertThat(v.ended()).isFalse();
        assertThat(v.deficitsClosed()).isZero();
        assertThat(v.meanGrowth()).isNull();
        assertThat(v.growth(v.items().get(0))).isNull();
    }

    @Test
    void aScoreOutsideOneToFiveOrAMissingOneIsRefusedNamingTheItem() {
        assertRefused(() -> started(3, 6), "review.assessment.scoreRange", 2);
        assertRefused(() -> started(0), "review.assessment.scoreRange", 1);
        SelfAssessment a = started(3, 3);
        assertRefused(() -> a.end(List.of(4), OPENS, OPENS, false), "review.assessment.scoresMissing", null);
        assertRefused(() -> a.end(Arrays.asList(4, null), OPENS, OPENS, false), "review.assessment.scoreRange", 2);
        // nothing was recorded by the refused ends
        assertThat(a.view(null).ended()).isFalse();
        assertThat(a.view(null).items())
                .extracting(SelfAssessmentView.ItemView::endScore)
                .containsOnlyNulls();
    }

    /**
     * Scored on the programme's first day, the end measured nothing and counted her deficits as closed: it opens a
     * month before the planned end, and is refused before, naming the day, with nothing recorded.
     */
    @Test
    void theEndOpensAMonthBeforeTheProgrammesPlannedEndNotOnItsFirstDay() {
        assertThat(OPENS).isEqualTo(LocalDate.of(2026, 5, 30));
        SelfAssessment a = started(2, 3);
        assertRefused(() -> a.end(List.of(5, 5), START, OPENS, false), "review.assessment.endNotYet", "30.05.2026");
        assertRefused(
                () -> a.end(List.of(5, 5), OPENS.minusDays(1), OPENS, false), "review.assessment.endNotYet", null);
        assertThat(a.view(null).ended()).isFalse();
        assertThat(a.view(null).deficitsClosed()).isZero();

        a.end(List.of(4, 3), OPENS, OPENS, false);
        assertThat(a.view(null).endedOn()).isEqualTo(OPENS);
        assertThat(a.view(null).deficitsClosed()).isEqualTo(1);
    }

    /** A programme completed before its planned end (the curator's confirmation) opens the end at once. */
    @Test
    void aProgrammeCompletedEarlyOpensTheEnd() {
        SelfAssessment a = started(2);
        a.end(List.of(4), START.plusMonths(2), OPENS, true);
        assertThat(a.view(null).endedOn()).isEqualTo(START.plusMonths(2));
    }

    /** While the programme is worked through she may correct her end; once it is completed the end stands. */
    @Test
    void theEndIsCorrectedWhileTheProgrammeRunsAndStandsOnceItIsCompleted() {
        SelfAssessment a = started(3);
        a.end(List.of(5), OPENS, OPENS, false);
        a.end(List.of(3), OPENS.plusDays(3), OPENS, false);
        assertThat(a.view(null).items().get(0).endScore()).isEqualTo(3);
        assertThat(a.view(null).endedOn()).isEqualTo(OPENS.plusDays(3));

        assertRefused(() -> a.end(List.of(5), PLANNED_END, OPENS, true), "review.assessment.ended", null);
        assertThat(a.view(null).items().get(0).endScore()).isEqualTo(3);
        // not given before the programme was completed, it is given once after
        SelfAssessment late = started(3);
        late.end(List.of(4), PLANNED_END.plusDays(2), OPENS, true);
        assertRefused(
                () -> late.end(List.of(5), PLANNED_END.plusDays(3), OPENS, true), "review.assessment.ended", null);
    }

    @Test
    void noItemsMeansNoAssessment() {
        assertRefused(
                () -> new SelfAssessment(
                        SCHOOL, UUID.randomUUID(), new PersonId(UUID.randomUUID()), List.of(), List.of(), START),
                "review.assessment.noItems",
                null);
    }

    @Test
    void aResultNeedsItsCategoryOrLevelATitleAndADateNotInTheFuture() {
        LocalDate today = LocalDate.of(2026, 5, 1);
        assertRefused(
                () -> result(
                        new NewResult(ResultKind.CATEGORY, QualificationCategory.NONE, null, false, "Приказ", today),
                        today),
                "review.result.category.required",
                null);
        assertRefused(
                () -> result(new NewResult(ResultKind.CONTEST, null, null, true, "Учитель года", today), today),
                "review.result.level.required",
                null);
        assertRefused(
                () -> result(new NewResult(ResultKind.OPEN_LESSON, null, null, false, " ", today), today),
                "review.result.title.invalid",
                null);
        assertRefused(
                () -> result(
                        new NewResult(ResultKind.OPEN_LESSON, null, null, false, "Урок", today.plusDays(1)), today),
                "review.result.date.invalid",
                null);
        // a won flag or a category on an open lesson is dropped: only what the kind has is kept
        ProgrammeResultView lesson = result(
                new NewResult(
                        ResultKind.OPEN_LESSON,
                        QualificationCategory.FIRST,
                        ContestLevel.REGIONAL,
                        true,
                        " Урок ",
                        today),
                today);
        assertThat(lesson.category()).isNull();
        assertThat(lesson.level()).isNull();
        assertThat(lesson.won()).isFalse();
        assertThat(lesson.title()).isEqualTo("Урок");
        assertThat(lesson.publication()).isNull();
    }

    /** A participant's publication says whether it is an article or a talk; nothing of another kind sticks to it. */
    @Test
    void aPublicationNeedsItsKindAndKeepsNoLevelOrWin() {
        LocalDate today = LocalDate.of(2026, 5, 1);
        assertRefused(
                () -> result(new NewResult(ResultKind.PUBLICATION, null, null, false, "Статья", today), today),
                "monitoringPublications.kind.required",
                null);
        ProgrammeResultView talk = result(
                new NewResult(
                        ResultKind.PUBLICATION,
                        QualificationCategory.FIRST,
                        ContestLevel.REGIONAL,
                        true,
                        " Выступление на педсовете ",
                        today,
                        PublicationKind.TALK),
                today);
        assertThat(talk.publication()).isEqualTo(PublicationKind.TALK);
        assertThat(talk.category()).isNull();
        assertThat(talk.level()).isNull();
        assertThat(talk.won()).isFalse();
        assertThat(talk.title()).isEqualTo("Выступление на педсовете");
        // the kind of a publication given with another result is dropped
        assertThat(result(
                                new NewResult(
                                        ResultKind.OPEN_LESSON,
                                        null,
                                        null,
                                        false,
                                        "Урок",
                                        today,
                                        PublicationKind.ARTICLE),
                                today)
                        .publication())
                .isNull();
    }

    private static ProgrammeResultView result(NewResult result, LocalDate today) {
        return new ProgrammeResult(SCHOOL, UUID.randomUUID(), result, today, Instant.now()).view();
    }

    private static void assertRefused(Runnable action, String key, Object firstArg) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.problems().get(0).messageKey()).isEqualTo(key);
            if (firstArg != null) {
                assertThat(e.problems().get(0).args().get(0)).isEqualTo(firstArg);
            }
        });
    }
}
