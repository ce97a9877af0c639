package ru.nastavnik.survey.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.survey.AnsweredQuestion;
import ru.nastavnik.survey.BankAnswer;
import ru.nastavnik.survey.Question;
import ru.nastavnik.survey.QuestionnairePurpose;
import ru.nastavnik.survey.SurveyAnswers;

/** {@link SurveyAnswers}: a named sheet read against its questionnaire's questions. */
@Service
@Transactional(readOnly = true)
class SurveyAnswerQueries implements SurveyAnswers {

    private final ResponseRepository responses;
    private final QuestionnaireRepository questionnaires;

    SurveyAnswerQueries(ResponseRepository responses, QuestionnaireRepository questionnaires) {
        this.responses = responses;
        this.questionnaires = questionnaires;
    }

    @Override
    public List<BankAnswer> bankAnswers(UUID responseId) {
        SurveyResponse response = responses.findById(responseId).orElse(null);
        if (response == null || response.person() == null) {
            return List.of();
        }
        Questionnaire questionnaire =
                questionnaires.findById(response.questionnaireId()).orElseThrow();
        Map<String, List<String>> answers = response.answers();
        List<BankAnswer> result = new ArrayList<>();
        for (Question question : questionnaire.content().questions()) {
            List<String> values = answers.getOrDefault(question.key(), List.of());
            if (question.bankField() != null && !values.isEmpty()) {
                result.add(new BankAnswer(
                        question.bankField(),
                        values,
                        values.stream().map(question::label).toList()));
            }
        }
        return result;
    }

    @Override
    public Optional<UUID> latest(PersonId person, QuestionnairePurpose purpose) {
        return responses.ofPerson(person.value(), purpose).stream().findFirst().map(SurveyResponse::id);
    }

    @Override
    public List<AnsweredQuestion> latestSheet(PersonId person, QuestionnairePurpose purpose) {
        SurveyResponse response =
                responses.ofPerson(person.value(), purpose).stream().findFirst().orElse(null);
        if (response == null) {
            return List.of();
        }
        Questionnaire questionnaire =
                questionnaires.findById(response.questionnaireId()).orElseThrow();
        Map<String, List<String>> answers = response.answers();
        List<AnsweredQuestion> result = new ArrayList<>();
        for (Question question : questionnaire.content().questions()) {
            List<String> values = answers.getOrDefault(question.key(), List.of()).stream()
                    .filter(v -> v != null && !v.isBlank())
                    .toList();
            if (!values.isEmpty()) {
                result.add(new AnsweredQuestion(
                        question.text(),
                        question.type(),
                        question.scaleMax(),
                        values.stream().map(question::label).toList()));
            }
        }
        return result;
    }
}
