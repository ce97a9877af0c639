package ru.nastavnik.training.internal;

/**
 * Where a mentor's attempt at a mastery check stands: its free-text answers wait for the curator, it passed, its
 * score fell short of the pass mark, or the curator returned it with a comment. The last two may be taken again.
 */
public enum AttemptStatus {
    IN_REVIEW,
    PASSED,
    FAILED,
    RETURNED;

    public boolean retakable() {
        return this == FAILED || this == RETURNED;
    }

    public String messageKey() {
        return "training.attempt.status." + name();
    }
}
