package ru.nastavnik.events;

/**
 * Whom an event invites in each of its invited schools: the mentors (a setting-up session, «установочная сессия»),
 * the mentees, or both (a conference or round table where the pairs present their work). People invited by name come
 * whatever it says.
 */
public enum EventAudience {
    MENTORS,
    MENTEES,
    MENTORS_AND_MENTEES;

    /** Whether a teacher of an invited school, a mentor or a mentee there, is invited. */
    public boolean takes(boolean mentor, boolean mentee) {
        return mentor && this != MENTEES || mentee && this != MENTORS;
    }

    public String messageKey() {
        return "event.audience." + name();
    }
}
