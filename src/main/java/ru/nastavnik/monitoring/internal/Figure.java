package ru.nastavnik.monitoring.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One indicator's figure as a numerator over a base, so that an area's figure is the sum of its schools' numerators
 * over the sum of their bases (a ratio of sums, never a mean of ratios). A count has no base.
 */
public record Figure(long numerator, long base, boolean hidden, boolean few) {

    public static final Figure ZERO = new Figure(0, 0);

    /** Hidden: it counts one or two people (the small-number rule). */
    static final Figure FEW = new Figure(0, 0, true, true);

    /**
     * Hidden though it counts more people: shown, it would let a hidden figure be worked out by subtraction from a
     * total ({@link Suppression}).
     */
    static final Figure WITHHELD = new Figure(0, 0, true, false);

    public Figure(long numerator, long base) {
        this(numerator, base, false, false);
    }

    /** {@code hidden}: hidden for one or two people. */
    public Figure(long numerator, long base, boolean hidden) {
        this(numerator, base, hidden, hidden);
    }

    /**
     * Outside the school a figure over one or two people is not shown (the small-number rule: it would point at a
     * person); its numbers are kept out of the answer too.
     */
    Figure hiddenIfFew() {
        return numerator > 0 && numerator < 3 ? FEW : this;
    }

    /**
     * Whether its numerator and base may be shown beside the value (the workbook's and the API's totals): not when it is
     * hidden, nor when either counts one or two people — the base of a mean load is the mentors, of the waiting days
     * the mentees waiting, and a figure hidden in one line must not reappear as another line's base.
     */
    public boolean numbersShown(Indicator indicator) {
        return !hidden && !(HiddenFew.countedOverPeople(indicator) && (few(numerator) || few(base)));
    }

    private static boolean few(long n) {
        return n > 0 && n < 3;
    }

    public static Figure count(long value) {
        return new Figure(value, 0);
    }

    Figure plus(Figure other) {
        return new Figure(numerator + other.numerator, base + other.base);
    }

    /** The value in the indicator's unit (a percentage and a mean to one decimal); none when the base is zero. */
    public BigDecimal value(Indicator.Unit unit) {
        if (hidden) {
            return null;
        }
        return switch (unit) {
            case COUNT -> BigDecimal.valueOf(numerator);
            case PERCENT ->
                base == 0
                        ? null
                        : BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP);
            case MEAN, DAYS ->
                base == 0
                        ? null
                        : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP);
        };
    }
}
