package ru.nastavnik.practices;

/** What a practice was drawn from; with the source's id it makes one proposal per source possible. */
public enum PracticeSourceKind {
    PROGRAMME,
    /** A teacher's own proposal, outside any programme (its source id is the proposal's own). */
    OWN;

    public String messageKey() {
        return "practice.source." + name();
    }
}
