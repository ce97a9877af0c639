package ru.nastavnik.roadmap;

/** What shows a milestone reached: a registered order, a closed questionnaire, a held event, or people (counted). */
public enum EvidenceKind {
    ORDER,
    QUESTIONNAIRE,
    EVENT,
    MENTEE,
    MENTOR,
    COURSE,
    PUBLICATION;

    /** People are counted, never listed: the roadmap names no one by its evidence. */
    public boolean counted() {
        return this == MENTEE || this == MENTOR || this == COURSE;
    }

    public String messageKey() {
        return "roadmap.evidence." + name();
    }
}
