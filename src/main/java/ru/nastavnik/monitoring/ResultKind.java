package ru.nastavnik.monitoring;

/** What a professional result recorded on a programme is. */
public enum ResultKind {
    CATEGORY,
    CONTEST,
    OPEN_LESSON;

    public String messageKey() {
        return "review.result.kind." + name();
    }
}
