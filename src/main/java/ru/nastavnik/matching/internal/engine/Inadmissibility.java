package ru.nastavnik.matching.internal.engine;

/** The hard constraint that rules a pair out, in the order they are checked. */
public enum Inadmissibility {
    MENTEE_WITHOUT_CONSENT,
    MENTOR_WITHOUT_CONSENT,
    NO_FREE_CAPACITY,
    /** The mentor works elsewhere and did not agree to the shared bank. */
    OTHER_ORGANISATION,
    SAME_PERSON,
    NO_NEED_COVERED,
    EXCLUDED
}
