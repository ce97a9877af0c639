package ru.nastavnik.publishing;

/** What a news item was drafted from: nothing (written from scratch) or a held event. */
public enum PublicationSource {
    NONE,
    EVENT;

    public String messageKey() {
        return "publishing.source." + name();
    }
}
