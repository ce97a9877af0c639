package ru.nastavnik.survey;

/** What a questionnaire is for; the banks fill themselves from the answers to the first two. */
public enum QuestionnairePurpose {
    NEEDS,
    POTENTIAL_MENTOR,
    SATISFACTION_MENTOR,
    SATISFACTION_MENTEE,
    OTHER;

    public String messageKey() {
        return "survey.purpose." + name();
    }
}
