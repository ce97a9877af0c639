package ru.nastavnik.matching.internal.engine;

/**
 * How the engine searches, not what it finds: the optimum is the same for any values (unless {@code pricing} is off,
 * which exists to show what pruning alone would lose).
 *
 * @param candidatesPerMentee K, the best mentors of each mentee in the first graph
 * @param additionsPerMentee  at most this many violated pairs of a mentee join the graph per pricing round
 * @param pricing             check all admissible pairs against the duals and add those that beat them
 * @param parallel            scan pairs on all cores
 */
public record MatchingOptions(int candidatesPerMentee, int additionsPerMentee, boolean pricing, boolean parallel) {

    public MatchingOptions {
        if (candidatesPerMentee < 1 || additionsPerMentee < 1) {
            throw new IllegalArgumentException("Candidates and additions per mentee must be positive");
        }
    }

    public static MatchingOptions defaults() {
        return new MatchingOptions(40, 10, true, true);
    }

    public MatchingOptions withCandidates(int k) {
        return new MatchingOptions(k, additionsPerMentee, pricing, parallel);
    }

    public MatchingOptions withoutPricing() {
        return new MatchingOptions(candidatesPerMentee, additionsPerMentee, false, parallel);
    }
}
