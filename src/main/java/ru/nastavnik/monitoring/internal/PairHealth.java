package ru.nastavnik.monitoring.internal;

/** How a working pair is doing, worst last: the order is the severity. */
public enum PairHealth {
    ON_TRACK,
    NEEDS_ATTENTION,
    AT_RISK;

    public String messageKey() {
        return "monitoring.health." + name();
    }

    PairHealth worse(PairHealth other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
