package ru.nastavnik.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.people.PersonId;

/**
 * What the banks may take from a named (not anonymous) answer sheet: the answers to questions bound to a bank
 * field. Anonymous sheets name nobody and give nothing here.
 */
@Service
@Transactional(readOnly = true)
public class SurveyAnswers {

    private final ResponseRepository responses;
    private final QuestionnaireRepository questionnaires;

    SurveyAnswers(ResponseRepository responses, QuestionnaireRepository questionnaires) {
        this.responses = responses;
        this.questionnaires = questionnaires;
    }

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

    /** The person's latest named answer sheet to a questionnaire of this purpose, if any. */
    public Optional<UUID> latest(PersonId person, QuestionnairePurpose purpose) {
        return responses.ofPerson(person.value(), purpose).stream().findFirst().map(SurveyResponse::id);
    }

    /**
     * The person's latest named sheet of a questionnaire of this purpose, question by question (answered ones only),
     * for the curator's SWOT worksheet beside the programme.
     */
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
