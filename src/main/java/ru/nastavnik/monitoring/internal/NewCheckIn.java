package ru.nastavnik.monitoring.internal;

/** A check-in as its form sends it (numbers that did not parse are null); the check-in checks it. */
public record NewCheckIn(Integer meetingsHeld, String progress, String difficulties, Integer satisfaction) {}
