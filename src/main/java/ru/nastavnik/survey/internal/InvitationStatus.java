package ru.nastavnik.survey.internal;

/** Where one person is with one questionnaire. */
public enum InvitationStatus {
    INVITED,
    STARTED,
    SUBMITTED;

    public String messageKey() {
        return "survey.invitation." + name();
    }
}
