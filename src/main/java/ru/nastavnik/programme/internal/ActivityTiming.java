package ru.nastavnik.programme.internal;

import java.time.LocalDate;

/**
 * When a template's standard activity falls in a programme's period. The defaults follow schools' practice: the
 * diagnostics in the first two weeks, the open lesson three weeks before the end (time to analyse it), the
 * evaluation on the last day.
 */
public enum ActivityTiming {
    START,
    SPREAD,
    BEFORE_END,
    END,
    OFFSET;

    /** The date in {@code [from, to]}; SPREAD activities are dated by the plan, among the need activities. */
    LocalDate dueOn(LocalDate from, LocalDate to, Integer offsetDays) {
        return switch (this) {
            case START -> min(from.plusWeeks(2), to);
            case BEFORE_END -> to.minusWeeks(3).isBefore(from) ? to : to.minusWeeks(3);
            case END -> to;
            case OFFSET -> min(from.plusDays(offsetDays == null ? 0 : offsetDays), to);
            case SPREAD -> throw new IllegalStateException("A spread activity is dated by the plan");
        };
    }

    public String messageKey() {
        return "programme.timing." + name();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
