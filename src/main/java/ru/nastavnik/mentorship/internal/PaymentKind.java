package ru.nastavnik.mentorship.internal;

/**
 * How a mentor is paid for mentoring (Labour Code art. 351.8: the amount is set within the pay system): a fixed sum
 * a month for each pair, a share of her salary rate for each pair, or a coefficient to the rate for each mentee
 * (a regional example: 0.15 of the rate per young specialist, for at most two).
 */
public enum PaymentKind {
    FIXED,
    RATE_SHARE,
    PER_MENTEE;

    /** Roubles, or a share of the mentor's rate which the accountant multiplies by it. */
    public boolean inRoubles() {
        return this == FIXED;
    }

    public String messageKey() {
        return "mentorship.payment.kind." + name();
    }
}
