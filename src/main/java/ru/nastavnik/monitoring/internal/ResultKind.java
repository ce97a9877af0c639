package ru.nastavnik.monitoring.internal;

/** What a professional result recorded on a programme is. */
public enum ResultKind {
    CATEGORY,
    CONTEST,
    OPEN_LESSON,
    /** An article or a talk of the mentor or the mentee (indicator PUBLICATIONS). */
    PUBLICATION;

    public String messageKey() {
        return "review.result.kind." + name();
    }
}
