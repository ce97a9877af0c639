package ru.nastavnik.practices.internal;

/** What happened to a practice, for its history: the school's decision, then each step up. */
enum PracticeStepKind {
    PROPOSED,
    ACCEPTED,
    REJECTED,
    PROPOSED_UP,
    ACCEPTED_UP,
    RETURNED,
    CONSENT_RECORDED;

    public String messageKey() {
        return "practice.step." + name();
    }
}
