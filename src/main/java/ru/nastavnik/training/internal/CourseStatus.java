package ru.nastavnik.training.internal;

/** An external course waits for the curator, who confirms it (its hours then count) or returns it with a comment. */
public enum CourseStatus {
    SUBMITTED,
    CONFIRMED,
    RETURNED;

    public String messageKey() {
        return "training.course.status." + name();
    }
}
