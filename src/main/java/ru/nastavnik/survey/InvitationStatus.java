package ru.nastavnik.survey;

/** Where one person is with one questionnaire. */
public enum InvitationStatus {
    INVITED,
    STARTED,
    SUBMITTED;

    public String messageKey() {
        return "survey.invitation." + name();
    }
}
