package ru.nastavnik.programme.internal;

/** Who is responsible for an activity of the plan. */
public enum ActivityRole {
    MENTOR,
    MENTEE,
    BOTH,
    CURATOR;

    public String messageKey() {
        return "programme.role." + name();
    }
}
