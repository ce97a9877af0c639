package ru.nastavnik.survey;

import java.util.List;
import ru.nastavnik.shared.OrganisationId;

/**
 * The organisation's vocabulary of professional needs and competences, for questions of type
 * {@link QuestionType#TOPICS}. Implemented by the bank, which keeps the vocabulary.
 */
public interface SurveyTopics {

    List<TopicChoice> topics(OrganisationId organisation);

    record TopicChoice(String code, String title) {}
}
