package ru.nastavnik.training;

/** What a step of the mentor course asks: to study a methodical material, or to do a practical task. */
public enum StepKind {
    MATERIAL,
    TASK;

    public String messageKey() {
        return "training.step.kind." + name();
    }
}
