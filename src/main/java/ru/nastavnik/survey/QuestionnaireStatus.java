package ru.nastavnik.survey;

/** A draft is edited; an open questionnaire is answered and its structure is frozen; a closed one is only read. */
public enum QuestionnaireStatus {
    DRAFT,
    OPEN,
    CLOSED;

    public String messageKey() {
        return "survey.status." + name();
    }
}
