package ru.nastavnik.survey;

/** How a question is answered. Every answer is stored as a list of strings, whatever its type. */
public enum QuestionType {
    SINGLE,
    MULTIPLE,
    SCALE,
    TEXT,
    DATE,
    /** A choice from the organisation's vocabulary of professional needs and competences. */
    TOPICS;

    public boolean hasOptions() {
        return this == SINGLE || this == MULTIPLE;
    }

    public String messageKey() {
        return "survey.type." + name();
    }
}
