package ru.nastavnik.training.internal;

/**
 * What a step of the mentor course asks: to study a methodical material, to do a practical task (both marked done by
 * the mentor herself), to attend a session — an event, done when its organiser records her present — or to pass a
 * mastery check, done when her attempt passes (its free-text answers accepted by the curator).
 */
public enum StepKind {
    MATERIAL,
    TASK,
    SESSION,
    CHECK;

    /** The mentor marks such a step done herself; the others are done by what someone else records. */
    public boolean manual() {
        return this == MATERIAL || this == TASK;
    }

    public String messageKey() {
        return "training.step.kind." + name();
    }
}
