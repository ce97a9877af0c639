package ru.nastavnik.roadmap;

/**
 * What shows a milestone reached: a registered order, a closed questionnaire, a held event, or people (counted); or a
 * document the curator attached to the activity.
 */
public enum EvidenceKind {
    ORDER,
    QUESTIONNAIRE,
    EVENT,
    MENTEE,
    MENTOR,
    COURSE,
    PUBLICATION,
    /** A document the curator attached to the activity herself (uploaded, or an order the system holds). */
    DOCUMENT;

    /** People are counted, never listed: the roadmap names no one by its evidence. */
    public boolean counted() {
        return this == MENTEE || this == MENTOR || this == COURSE;
    }

    public String messageKey() {
        return "roadmap.evidence." + name();
    }
}
