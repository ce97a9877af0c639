package ru.nastavnik.matching.internal.engine;

/** An optimal matching: each mentee's mentor (or -1), its total score, and the certificate that proves it optimal. */
public final class MatchingResult {

    private final int[] mentorOf;
    private final long totalScore;
    private final Certificate certificate;
    private final MatchingStats stats;
    /** The last candidate graph, kept for the benchmark's cross-check against another solver. */
    final CandidateGraph graph;

    final Pins pins;

    MatchingResult(
            int[] mentorOf,
            long totalScore,
            Certificate certificate,
            MatchingStats stats,
            CandidateGraph graph,
            Pins pins) {
        this.mentorOf = mentorOf;
        this.totalScore = totalScore;
        this.certificate = certificate;
        this.stats = stats;
        this.graph = graph;
        this.pins = pins;
    }

    /** The mentor of the mentee, pins included, or -1 when the mentee stays unmatched. */
    public int mentorOf(int mentee) {
        return mentorOf[mentee];
    }

    public int[] assignment() {
        return mentorOf.clone();
    }

    public int matchedCount() {
        int c = 0;
        for (int j : mentorOf) {
            c += j >= 0 ? 1 : 0;
        }
        return c;
    }

    public long totalScore() {
        return totalScore;
    }

    public long dualBound() {
        return certificate.dualBound();
    }

    public Certificate certificate() {
        return certificate;
    }

    public MatchingStats stats() {
        return stats;
    }
}
