package ru.nastavnik.survey;

/** What a question's answer means to the banks, so that they can fill a person's entry from it. */
public enum BankField {
    MENTEE_CATEGORY(QuestionType.SINGLE),
    MENTEE_NEEDS(QuestionType.TOPICS),
    MENTEE_NEEDS_NOTE(QuestionType.TEXT),
    /** Options keyed {@code yes}, {@code maybe}, {@code no}: only "yes" and "maybe" enter the mentor bank. */
    MENTOR_WILLING(QuestionType.SINGLE),
    MENTOR_COMPETENCES(QuestionType.TOPICS),
    /** Option keys are numbers of mentees. */
    MENTOR_CAPACITY(QuestionType.SINGLE),
    MENTOR_FORMS(QuestionType.MULTIPLE),
    MENTOR_AVAILABILITY(QuestionType.TEXT),
    MENTOR_ACHIEVEMENTS(QuestionType.TEXT);

    private final QuestionType type;

    BankField(QuestionType type) {
        this.type = type;
    }

    public QuestionType type() {
        return type;
    }

    public String messageKey() {
        return "survey.bankField." + name();
    }
}
