package ru.nastavnik.practices;

/** What a practice was drawn from; with the source's id it makes one proposal per source possible. */
public enum PracticeSourceKind {
    PROGRAMME;

    public String messageKey() {
        return "practice.source." + name();
    }
}
