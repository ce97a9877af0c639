package ru.nastavnik.monitoring.internal;

/** The level of a professional contest: the school's, the municipality's, the region's, the country's. */
public enum ContestLevel {
    SCHOOL,
    MUNICIPAL,
    REGIONAL,
    FEDERAL;

    public String messageKey() {
        return "review.contest.level." + name();
    }
}
