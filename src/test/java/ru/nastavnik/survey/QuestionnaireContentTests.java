package ru.nastavnik.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.survey.internal.SurveyTemplates;

class QuestionnaireContentTests {

    static final Set<String> TOPICS = Set.of("discipline", "parents");

    final QuestionnaireContent content = new QuestionnaireContent(List.of(new Section(
            "Раздел",
            List.of(
                    new Question(
                            "q1",
                            QuestionType.SINGLE,
                            "Стаж",
                            null,
                            true,
                            List.of(new Option("a", "до года"), new Option("b", "больше")),
                            null,
                            null),
                    new Question(
                            "q2",
                            QuestionType.MULTIPLE,
                            "Формы",
                            null,
                            false,
                            List.of(new Option("x", "очно"), new Option("y", "онлайн")),
                            null,
                            null),
                    new Question("q3", QuestionType.SCALE, "Уверенность", null, false, List.of(), 5, null),
                    new Question("q4", QuestionType.TEXT, "Что мешает", null, false, List.of(), null, null),
                    new Question("q5", QuestionType.DATE, "Когда пришли", null, false, List.of(), null, null),
                    new Question(
                            "q6",
                            QuestionType.TOPICS,
                            "Запросы",
                            null,
                            true,
                            List.of(),
                            null,
                            BankField.MENTEE_NEEDS)))));

    @Test
    void aDraftMayLeaveRequiredQuestionsOpenButASubmissionMayNot() {
        assertThat(content.check(Map.of("q4", List.of("  шум  ")), TOPICS, false))
                .containsEntry("q4", List.of("шум"));
        assertThatThrownBy(() -> content.check(Map.of("q1", List.of("a")), TOPICS, true))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(problem(e).field()).isEqualTo("q6"))
                .satisfies(e -> assertThat(problem(e).messageKey()).isEqualTo("survey.answer.required"))
                .satisfies(e -> assertThat(problem(e).args()).containsExactly("Запросы"));
        assertThat(content.check(Map.of("q1", List.of("a"), "q6", List.of("parents")), TOPICS, true))
                .hasSize(2);
    }

    @Test
    void eachTypeAcceptsOnlyItsOwnKindOfAnswer() {
        refused(Map.of("q1", List.of("a", "b")), "survey.answer.single");
        refused(Map.of("q1", List.of("zzz")), "survey.answer.unknownOption");
        refused(Map.of("q3", List.of("6")), "survey.answer.scale");
        refused(Map.of("q3", List.of("пять")), "survey.answer.scale");
        refused(Map.of("q4", List.of("x".repeat(4001))), "survey.answer.tooLong");
        refused(Map.of("q5", List.of("31.02.2026")), "survey.answer.date");
        refused(Map.of("q6", List.of("astrology")), "survey.answer.unknownOption");
        refused(Map.of("q99", List.of("a")), "survey.answer.unknownQuestion");
        assertThat(content.check(
                        Map.of("q2", List.of("x", "y", "x"), "q3", List.of("5"), "q5", List.of("2026-09-01")),
                        TOPICS,
                        false))
                .containsEntry("q2", List.of("x", "y"))
                .containsEntry("q5", List.of("2026-09-01"));
    }

    @Test
    void aQuestionGuardsItsOwnShape() {
        assertThatThrownBy(() -> new Question(
                        "q1",
                        QuestionType.SINGLE,
                        "Один вариант",
                        null,
                        false,
                        List.of(new Option("a", "да")),
                        null,
                        null))
                .hasMessage("survey.question.options.count");
        assertThatThrownBy(() -> new Question("q1", QuestionType.SCALE, "Шкала", null, false, List.of(), 7, null))
                .hasMessage("survey.question.scale.invalid");
        assertThatThrownBy(() -> new Question(
                        "q1", QuestionType.TEXT, "Запросы", null, false, List.of(), null, BankField.MENTEE_NEEDS))
                .hasMessage("survey.question.bankField.type");
        assertThatThrownBy(() -> new Question("q 1", QuestionType.TEXT, "Ключ", null, false, List.of(), null, null))
                .hasMessage("survey.question.key.invalid");
    }

    @Test
    void questionsAreAddedWithFreshKeysMovedAndRemoved() {
        QuestionnaireContent next = content.withQuestion(
                0, new Question("new", QuestionType.TEXT, "Ещё вопрос", null, false, List.of(), null, null));
        assertThat(next.questions()).extracting(Question::key).endsWith("q7");
        next = next.moved("q7", -1);
        assertThat(next.questions())
                .extracting(Question::key)
                .containsExactly("q1", "q2", "q3", "q4", "q5", "q7", "q6");
        next = next.without("q1").withSection("Второй");
        assertThat(next.sections()).hasSize(2);
        assertThat(next.questions()).extracting(Question::key).doesNotContain("q1");
    }

    @Test
    void theBuiltInTemplatesAreWellFormedAndFeedTheBanks() {
        assertThat(SurveyTemplates.all())
                .extracting(SurveyTemplates.Template::purpose)
                .containsExactly(
                        QuestionnairePurpose.NEEDS,
                        QuestionnairePurpose.POTENTIAL_MENTOR,
                        QuestionnairePurpose.SATISFACTION_MENTEE,
                        QuestionnairePurpose.SATISFACTION_MENTOR);
        assertThat(SurveyTemplates.find("needs").orElseThrow().content().questions())
                .extracting(Question::bankField)
                .contains(BankField.MENTEE_CATEGORY, BankField.MENTEE_NEEDS, BankField.MENTEE_NEEDS_NOTE);
        assertThat(SurveyTemplates.find("potential-mentor")
                        .orElseThrow()
                        .content()
                        .questions())
                .extracting(Question::bankField)
                .contains(
                        BankField.MENTOR_WILLING,
                        BankField.MENTOR_COMPETENCES,
                        BankField.MENTOR_CAPACITY,
                        BankField.MENTOR_FORMS);
        String json =
                SurveyJson.write(SurveyTemplates.find("needs").orElseThrow().content());
        assertThat(SurveyJson.content(json))
                .isEqualTo(SurveyTemplates.find("needs").orElseThrow().content());
    }

    private void refused(Map<String, List<String>> answers, String key) {
        assertThatThrownBy(() -> content.check(answers, TOPICS, false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(key);
    }

    private static InvalidInputException.Problem problem(Throwable e) {
        return ((InvalidInputException) e).problems().get(0);
    }
}
