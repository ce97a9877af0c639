package ru.nastavnik.practices;

/** The libraries a practice climbs through: the school's, the municipality's, the region's. */
public enum PracticeLevel {
    SCHOOL,
    MUNICIPALITY,
    REGION;

    public boolean below(PracticeLevel other) {
        return ordinal() < other.ordinal();
    }

    public String messageKey() {
        return "practice.level." + name();
    }
}
