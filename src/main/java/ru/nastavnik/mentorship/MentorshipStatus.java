package ru.nastavnik.mentorship;

/** A pair's life: planned until its order is registered, then active (or paused), and finally ended. */
public enum MentorshipStatus {
    PLANNED,
    ACTIVE,
    PAUSED,
    COMPLETED,
    TERMINATED;

    public boolean ended() {
        return this == COMPLETED || this == TERMINATED;
    }

    public String messageKey() {
        return "mentorship.status." + name();
    }
}
