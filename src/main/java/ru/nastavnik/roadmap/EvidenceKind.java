package ru.nastavnik.roadmap;

/**
 * What shows a milestone reached: a registered order, a closed questionnaire, a held event, or people (counted: in a
 * bank, trained, their consents in); or a
 * document the curator attached to the activity.
 */
public enum EvidenceKind {
    ORDER,
    QUESTIONNAIRE,
    EVENT,
    MENTEE,
    MENTOR,
    COURSE,
    /** A person whose consent came in (to her data's processing, or a mentor's to the duties). */
    CONSENT,
    PUBLICATION,
    /** A document the curator attached to the activity herself (uploaded, or an order the system holds). */
    DOCUMENT;

    /** People are counted, never listed: the roadmap names no one by its evidence. */
    public boolean counted() {
        return this == MENTEE || this == MENTOR || this == COURSE || this == CONSENT;
    }

    public String messageKey() {
        return "roadmap.evidence." + name();
    }
}
