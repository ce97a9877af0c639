package ru.nastavnik.monitoring.internal;

/** One reason a pair is not on track: a message key, the figure it names, and how much it weighs. */
public record HealthReason(String messageKey, long figure, PairHealth weight) {}
