package ru.nastavnik.monitoring.campaign;

/**
 * A school's report in a campaign: not begun, saved as a draft, submitted, or returned by the methodologist with a
 * comment (the school edits and submits again).
 */
public enum SubmissionStatus {
    PENDING,
    DRAFT,
    SUBMITTED,
    RETURNED;

    public String messageKey() {
        return "campaigns.submission.status." + name();
    }

    /** The school may still change it. */
    public boolean editable() {
        return this != SUBMITTED;
    }
}
