package ru.nastavnik.training;

/**
 * What a step of the mentor course asks: to study a methodical material, to do a practical task (both marked done by
 * the mentor herself), or to attend a session — an event, done when its organiser records her present.
 */
public enum StepKind {
    MATERIAL,
    TASK,
    SESSION;

    /** The mentor marks such a step done herself; a session step is done by the attendance its organiser records. */
    public boolean manual() {
        return this != SESSION;
    }

    public String messageKey() {
        return "training.step.kind." + name();
    }
}
