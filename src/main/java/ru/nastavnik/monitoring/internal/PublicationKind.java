package ru.nastavnik.monitoring.internal;

/**
 * What a participant's own publication recorded on a programme is: an article (in a journal, a collection, on a
 * professional site, a methodical work printed) or a talk (at a teachers' council, a seminar, a conference).
 */
public enum PublicationKind {
    ARTICLE,
    TALK;

    public String messageKey() {
        return "monitoringPublications.kind." + name();
    }
}
