package ru.nastavnik.events;

/**
 * The kinds the federal model of mentorship names; {@link #OTHER} is a kind an organisation added itself (its
 * title kept with the event). A seminar, a conference and a round table end with a protocol.
 */
public enum EventKind {
    INSTALLATION_SESSION,
    CONSULTATION,
    MASTER_CLASS,
    OPEN_LESSON,
    SEMINAR,
    CONFERENCE,
    ROUND_TABLE,
    OTHER;

    public boolean hasProtocol() {
        return this == SEMINAR || this == CONFERENCE || this == ROUND_TABLE;
    }

    public String messageKey() {
        return "event.kind." + name();
    }
}
