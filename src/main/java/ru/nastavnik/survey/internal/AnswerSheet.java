package ru.nastavnik.survey.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.nastavnik.survey.QuestionnaireStatus;
import ru.nastavnik.survey.QuestionnaireView;
import ru.nastavnik.survey.SurveyTopics;

/** What a respondent sees: the questionnaire, the vocabulary for its topic questions, and their answers so far. */
public record AnswerSheet(
        UUID invitationId,
        QuestionnaireView questionnaire,
        List<SurveyTopics.TopicChoice> topics,
        Map<String, List<String>> answers,
        InvitationStatus status) {

    public boolean submitted() {
        return status == InvitationStatus.SUBMITTED;
    }

    public boolean answerable() {
        return !submitted() && questionnaire.status() == QuestionnaireStatus.OPEN;
    }

    public boolean chosen(String question, String value) {
        return answers.getOrDefault(question, List.of()).contains(value);
    }

    public String value(String question) {
        List<String> values = answers.getOrDefault(question, List.of());
        return values.isEmpty() ? "" : values.get(0);
    }
}
