package ru.nastavnik.publishing;

/** What a news item was drafted from: nothing (written from scratch) or a held event, or a registered order. */
public enum PublicationSource {
    NONE,
    EVENT,
    /** A registered order: the Regulation approved, or pairs formed (counts only). */
    ORDER;

    public String messageKey() {
        return "publishing.source." + name();
    }
}
