package ru.nastavnik.practices;

/** A practice is proposed, then accepted into the library or rejected with a reason; the decision is final. */
public enum PracticeStatus {
    PROPOSED,
    ACCEPTED,
    REJECTED;

    public String messageKey() {
        return "practice.status." + name();
    }
}
