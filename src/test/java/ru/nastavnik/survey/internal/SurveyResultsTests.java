package ru.nastavnik.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.survey.Option;
import ru.nastavnik.survey.Question;
import ru.nastavnik.survey.QuestionType;
import ru.nastavnik.survey.QuestionnaireContent;
import ru.nastavnik.survey.QuestionnaireId;
import ru.nastavnik.survey.QuestionnairePurpose;
import ru.nastavnik.survey.QuestionnaireStatus;
import ru.nastavnik.survey.QuestionnaireView;
import ru.nastavnik.survey.Results;
import ru.nastavnik.survey.Section;

class SurveyResultsTests {

    static final OrganisationId ORG = new OrganisationId(UUID.randomUUID());
    static final QuestionnaireContent CONTENT = new QuestionnaireContent(List.of(new Section(
            "Итоги",
            List.of(
                    new Question("q1", QuestionType.SCALE, "Удовлетворённость", null, true, List.of(), 5, null),
                    new Question(
                            "q2",
                            QuestionType.SINGLE,
                            "Продолжить?",
                            null,
                            false,
                            List.of(new Option("yes", "да"), new Option("no", "нет")),
                            null,
                            null),
                    new Question("q3", QuestionType.TEXT, "Что изменить", null, false, List.of(), null, null)))));

    @Test
    void anAnonymousQuestionnaireShowsNothingUnderThreeAnswers() {
        Results results = SurveyResults.aggregate(view(true), sheets(true, 2), Map.of(), Map.of());
        assertThat(results.suppressed()).isTrue();
        assertThat(results.responses()).isEqualTo(2);
        assertThat(results.questions()).isEmpty();
    }

    @Test
    void anAnonymousQuestionAnsweredByFewerThanThreeIsHiddenWhileTheRestIsShown() {
        List<SurveyResponse> sheets = sheets(true, 4);
        sheets.add(new SurveyResponse(
                ORG,
                UUID.randomUUID(),
                null,
                SchoolToday.date(),
                Map.of("q1", List.of("1"), "q3", List.of("Меньше бумаг"))));
        Results results = SurveyResults.aggregate(view(true), sheets, Map.of(), Map.of());
        Results.QuestionResult scale = results.questions().get(0);
        assertThat(scale.suppressed()).isFalse();
        assertThat(scale.answered()).isEqualTo(5);
        assertThat(scale.mean()).isEqualTo((4 * 4 + 1) / 5.0);
        assertThat(scale.bars()).extracting(Results.Bar::count).containsExactly(1L, 0L, 0L, 4L, 0L);
        assertThat(results.questions().get(1).answered()).isEqualTo(4);
        Results.QuestionResult text = results.questions().get(2);
        assertThat(text.answered()).isEqualTo(1);
        assertThat(text.suppressed()).isTrue();
        assertThat(text.texts()).isEmpty();
    }

    @Test
    void anonymousTextsComeInAlphabeticalOrderWithoutAuthors() {
        List<SurveyResponse> sheets = new ArrayList<>();
        for (String text : List.of("Я", "Б", "А")) {
            sheets.add(new SurveyResponse(
                    ORG, UUID.randomUUID(), null, SchoolToday.date(), Map.of("q1", List.of("3"), "q3", List.of(text))));
        }
        Results results = SurveyResults.aggregate(view(true), sheets, Map.of(), Map.of());
        assertThat(results.questions().get(2).texts())
                .extracting(Results.TextAnswer::text)
                .containsExactly("А", "Б", "Я");
        assertThat(results.questions().get(2).texts())
                .extracting(Results.TextAnswer::author)
                .containsOnlyNulls();
    }

    @Test
    void aNamedQuestionnaireShowsEveryAnswerWithItsAuthor() {
        PersonId person = new PersonId(UUID.randomUUID());
        List<SurveyResponse> sheets = List.of(new SurveyResponse(
                ORG,
                UUID.randomUUID(),
                person,
                SchoolToday.date(),
                Map.of("q1", List.of("5"), "q2", List.of("yes"), "q3", List.of("Больше встреч"))));
        Results results = SurveyResults.aggregate(view(false), sheets, Map.of(person, "Иванова Мария"), Map.of());
        assertThat(results.suppressed()).isFalse();
        assertThat(results.questions().get(1).bars())
                .extracting(Results.Bar::percent)
                .containsExactly(100.0, 0.0);
        assertThat(results.questions().get(2).texts())
                .containsExactly(new Results.TextAnswer("Иванова Мария", "Больше встреч"));
    }

    private static List<SurveyResponse> sheets(boolean anonymous, int n) {
        List<SurveyResponse> sheets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sheets.add(new SurveyResponse(
                    ORG,
                    UUID.randomUUID(),
                    anonymous ? null : new PersonId(UUID.randomUUID()),
                    SchoolToday.date(),
                    Map.of("q1", List.of("4"), "q2", List.of("yes"))));
        }
        return sheets;
    }

    private static QuestionnaireView view(boolean anonymous) {
        return new QuestionnaireView(
                new QuestionnaireId(UUID.randomUUID()),
                ORG,
                "Итоги",
                null,
                QuestionnairePurpose.SATISFACTION_MENTEE,
                anonymous,
                QuestionnaireStatus.OPEN,
                null,
                CONTENT,
                Instant.now(),
                Instant.now(),
                null,
                0);
    }
}
