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
    static final OrganisationId SCHOOL = new OrganisationId(UUID.randomUUID());

    static SelfAssessment started(Integer... scores) {
        List<String> titles = Arrays.stream(scores).map(s -> "Пункт " + s).toList();
        return new SelfAssessment(
                SCHOOL, UUID.randomUUID(), new PersonId(UUID.randomUUID()), titles, List.of(scores), START);
    }

    @Test
    void aDeficitIsAnItemBelowFourAtTheStartAndClosesWhenTheEndReachesFour() {
        SelfAssessment a = started(2, 3, 3, 4, 5);
        a.end(List.of(4, 3, 5, 3, 5), START.plusMonths(8));
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
        assertRefused(() -> a.end(List.of(4), START), "review.assessment.scoresMissing", null);
        assertRefused(() -> a.end(Arrays.asList(4, null), START), "review.assessment.scoreRange", 2);
        // nothing was recorded by the refused ends
        assertThat(a.view(null).ended()).isFalse();
        assertThat(a.view(null).items())
                .extracting(SelfAssessmentView.ItemView::endScore)
                .containsOnlyNulls();
    }

    @Test
    void theEndIsGivenOnceAndNoItemsMeansNoAssessment() {
        SelfAssessment a = started(3);
        a.end(List.of(4), START.plusDays(1));
        assertRefused(() -> a.end(List.of(5), START.plusDays(2)), "review.assessment.ended", null);
        assertThat(a.view(null).items().get(0).endScore()).isEqualTo(4);
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
