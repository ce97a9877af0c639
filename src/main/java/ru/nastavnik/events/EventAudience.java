package ru.nastavnik.events;

/**
 * Whom an event invites in each of its invited schools: the mentors (a setting-up session, «установочная сессия»),
 * the mentees, or both (a conference or round table where the pairs present their work), or the schools' curators
 * of mentorship and directors (a municipality's or region's seminar for them). People invited by name come whatever
 * it says.
 */
public enum EventAudience {
    MENTORS,
    MENTEES,
    MENTORS_AND_MENTEES,
    CURATORS;

    /** Whether a person of an invited school — a mentor, a mentee, a curator or director there — is invited. */
    public boolean takes(boolean mentor, boolean mentee, boolean curator) {
        return switch (this) {
            case MENTORS -> mentor;
            case MENTEES -> mentee;
            case MENTORS_AND_MENTEES -> mentor || mentee;
            case CURATORS -> curator;
        };
    }

    public String messageKey() {
        return "event.audience." + name();
    }
}
