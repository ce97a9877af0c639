package ru.nastavnik.matching.internal.engine;

/** The greedy baseline's matching (mentor per mentee or -1) and its total score. */
public record GreedyResult(int[] mentorOf, long totalScore) {}
