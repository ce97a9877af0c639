package ru.nastavnik.matching.internal.engine;

/**
 * What a solve cost. {@code pricingRounds}: scans of all admissible pairs against the duals (the last one found
 * nothing left out); {@code augmentations}: shortest-path searches, {@code settledNodes} the nodes they settled.
 */
public record MatchingStats(
        long admissiblePairs,
        int candidateEdges,
        int pricingRounds,
        long augmentations,
        long settledNodes,
        long scoreNanos,
        long solveNanos) {}
