package ru.nastavnik.programme.internal;

import java.time.LocalDate;

/**
 * When a template's standard activity falls in a programme's period. The defaults follow schools' practice: the
 * diagnostics in the first two weeks, the open lesson three weeks before the end (time to analyse it), the
 * evaluation on the last day. Weeks are counted in study days ({@link PlanDays}): five a week, the summer left out.
 */
public enum ActivityTiming {
    START,
    SPREAD,
    BEFORE_END,
    END,
    OFFSET;

    private static final int STUDY_DAYS_A_WEEK = 5;

    /**
     * The day among the period's {@code days}; SPREAD activities are dated by the plan, among the need activities.
     * An offset counts calendar days (as the template says) and lands on the next study day.
     */
    LocalDate dueOn(PlanDays days, LocalDate from, Integer offsetDays) {
        return switch (this) {
            case START -> days.fromStart(2 * STUDY_DAYS_A_WEEK - 1);
            case BEFORE_END ->
                days.size() > 3 * STUDY_DAYS_A_WEEK ? days.beforeEnd(3 * STUDY_DAYS_A_WEEK) : days.beforeEnd(0);
            case END -> days.beforeEnd(0);
            case OFFSET -> days.onOrAfter(from.plusDays(offsetDays == null ? 0 : offsetDays));
            case SPREAD -> throw new IllegalStateException("A spread activity is dated by the plan");
        };
    }

    public String messageKey() {
        return "programme.timing." + name();
    }
}
