package ru.nastavnik.monitoring.internal;

/** The curator's SWOT worksheet on a programme: strengths, weaknesses, opportunities, threats. */
public record Swot(String strengths, String weaknesses, String opportunities, String threats) {}
