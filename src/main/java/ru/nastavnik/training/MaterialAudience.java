package ru.nastavnik.training;

/** Whom a material is written for; a filter of the list and of the suggestions, not a lock. */
public enum MaterialAudience {
    MENTORS,
    MENTEES,
    CURATORS;

    public String messageKey() {
        return "training.material.audience." + name();
    }
}
