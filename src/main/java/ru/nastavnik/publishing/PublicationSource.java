package ru.nastavnik.publishing;

/** What a news item was drafted from: nothing (written from scratch), a held event or round table, a registered order, a completed programme. */
public enum PublicationSource {
    NONE,
    EVENT,
    /** A registered order: the Regulation approved, or pairs formed (counts only). */
    ORDER,
    /** A held round table: its decisions, date and attendance as a count. */
    ROUND_TABLE,
    /** A programme completed, drafted only with both sides' consent to distribution. */
    PROGRAMME;

    public String messageKey() {
        return "publishing.source." + name();
    }
}
