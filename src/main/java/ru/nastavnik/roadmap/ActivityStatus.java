package ru.nastavnik.roadmap;

/**
 * Where an activity stands. DONE, PLANNED and OVERDUE are derived (a milestone reached; the deadline not yet or
 * already past); the curator may set DONE, IN_PROGRESS or NOT_NEEDED by hand, with a comment.
 */
public enum ActivityStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    OVERDUE,
    NOT_NEEDED;

    public boolean settable() {
        return this == DONE || this == IN_PROGRESS || this == NOT_NEEDED;
    }

    public boolean finished() {
        return this == DONE || this == NOT_NEEDED;
    }

    public String messageKey() {
        return "roadmap.status." + name();
    }
}
