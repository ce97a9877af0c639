package ru.nastavnik.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.nastavnik.shared.InvalidInputException;

class ScoringTests {

    static final Question SINGLE = new Question(
            "q1",
            QuestionType.SINGLE,
            "Кто подписывает приказ?",
            null,
            true,
            List.of(new Option("a", "Куратор"), new Option("b", "Руководитель", true)),
            null,
            null,
            2);
    static final Question MULTIPLE = new Question(
            "q2",
            QuestionType.MULTIPLE,
            "Формы наставничества",
            null,
            true,
            List.of(new Option("x", "Пара", true), new Option("y", "Группа", true), new Option("z", "Отпуск")),
            null,
            null,
            3);
    static final Question TEXT =
            new Question("q3", QuestionType.TEXT, "Опишите первую встречу", null, true, List.of(), null, null, 5);
    static final QuestionnaireContent CHECK =
            new QuestionnaireContent(List.of(new Section("Проверка", List.of(SINGLE, MULTIPLE, TEXT))));

    @Test
    void aChoiceEarnsItsPointsOnlyWhenItNamesExactlyTheCorrectOptions() {
        Map<String, List<String>> right =
                Map.of("q1", List.of("b"), "q2", List.of("y", "x"), "q3", List.of("Знакомство"));
        assertThat(Scoring.score(CHECK, right, Set.of())).isEqualTo(new Scoring.Score(5, 10, List.of("q3")));
        Map<String, List<String>> partly = Map.of("q1", List.of("a"), "q2", List.of("x"), "q3", List.of("Знакомство"));
        assertThat(Scoring.score(CHECK, partly, Set.of()).points()).isZero();
        Map<String, List<String>> tooMany = Map.of("q2", List.of("x", "y", "z"));
        assertThat(Scoring.score(CHECK, tooMany, Set.of()).points()).isZero();
    }

    @Test
    void aFreeTextAnswerCountsOnlyOnceTheReviewerAcceptsIt() {
        Map<String, List<String>> answers =
                Map.of("q1", List.of("b"), "q2", List.of("x", "y"), "q3", List.of("Знакомство"));
        Scoring.Score pending = Scoring.score(CHECK, answers, Set.of());
        assertThat(pending.reaches(8)).isFalse();
        Scoring.Score accepted = Scoring.score(CHECK, answers, Set.of("q3"));
        assertThat(accepted.points()).isEqualTo(10);
        assertThat(accepted.toReview()).isEmpty();
        assertThat(accepted.reaches(8)).isTrue();
    }

    @Test
    void theMaximumIsTheSumOfThePointsAndUnscoredQuestionsAddNothing() {
        QuestionnaireContent mixed = CHECK.withQuestion(
                0, new Question("x", QuestionType.TEXT, "Комментарий", null, false, List.of(), null, null));
        assertThat(Scoring.maximum(mixed)).isEqualTo(10);
    }

    @Test
    void aQuestionThatCannotBeScoredIsRefusedNamingTheField() {
        assertRefused(
                new Question("q", QuestionType.SCALE, "Шкала", null, true, List.of(), 5, null, 1),
                "type",
                "survey.scored.type");
        assertRefused(
                new Question("q", QuestionType.TEXT, "Без баллов", null, true, List.of(), null, null),
                "points",
                "survey.question.points.range");
        assertRefused(
                new Question(
                        "q",
                        QuestionType.SINGLE,
                        "Два верных",
                        null,
                        true,
                        List.of(new Option("a", "А", true), new Option("b", "Б", true)),
                        null,
                        null,
                        1),
                "options",
                "survey.scored.singleCorrect");
        assertRefused(
                new Question(
                        "q",
                        QuestionType.MULTIPLE,
                        "Ни одного верного",
                        null,
                        true,
                        List.of(new Option("a", "А"), new Option("b", "Б")),
                        null,
                        null,
                        1),
                "options",
                "survey.scored.someCorrect");
        assertThatThrownBy(() -> new Question("q", QuestionType.TEXT, "Много", null, true, List.of(), null, null, 101))
                .isInstanceOf(InvalidInputException.class);
        Scoring.requireScorable(SINGLE);
    }

    @Test
    void aSubmissionMustAnswerEveryRequiredQuestion() {
        assertThatThrownBy(() -> Scoring.checked(CHECK, Map.of("q1", List.of("b"))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).problems().get(0).field())
                        .isEqualTo("q2"));
    }

    @Test
    void theCorrectMarksSurviveTheStoredJson() {
        assertThat(SurveyJson.content(SurveyJson.write(CHECK))).isEqualTo(CHECK);
        QuestionnaireContent old = SurveyJson.content("{\"sections\":[{\"title\":\"Р\",\"questions\":[{\"key\":\"q1\","
                + "\"type\":\"SINGLE\",\"text\":\"Т\",\"required\":true,\"options\":[{\"key\":\"a\",\"label\":\"А\"},"
                + "{\"key\":\"b\",\"label\":\"Б\"}]}]}]}");
        assertThat(old.questions().get(0).points()).isNull();
        assertThat(old.questions().get(0).options().get(0).correct()).isFalse();
    }

    private static void assertRefused(Question question, String field, String key) {
        assertThatThrownBy(() -> Scoring.requireScorable(question))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).problems().get(0).field())
                        .isEqualTo(field))
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).problems().get(0).messageKey())
                        .isEqualTo(key));
    }
}
