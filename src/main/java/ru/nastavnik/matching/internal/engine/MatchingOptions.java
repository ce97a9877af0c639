package ru.nastavnik.matching.internal.engine;

/**
 * How the engine searches, not what it finds: the optimum is the same for any values (unless {@code pricing} is off,
 * which exists to show what pruning alone would lose).
 *
 * @param candidatesPerMentee K, the best mentors of each mentee in the first graph
 * @param candidatesPerMentor L, the best mentees of each mentor that join the first graph when places are scarce
 *                            (fewer than two per mentee; 0: never)
 * @param additionsPerMentee  at most this many violated pairs of a mentee join the graph per pricing round
 * @param pricing             check all admissible pairs against the duals and add those that beat them
 * @param parallel            scan pairs on all cores
 */
public record MatchingOptions(
        int candidatesPerMentee, int candidatesPerMentor, int additionsPerMentee, boolean pricing, boolean parallel) {

    public MatchingOptions {
        if (candidatesPerMentee < 1 || additionsPerMentee < 1 || candidatesPerMentor < 0) {
            throw new IllegalArgumentException(
                    "Candidates and additions per mentee must be positive, candidates per mentor not negative");
        }
    }

    /** Mentee-side candidates only. */
    public MatchingOptions(int candidatesPerMentee, int additionsPerMentee, boolean pricing, boolean parallel) {
        this(candidatesPerMentee, 0, additionsPerMentee, pricing, parallel);
    }

    public static MatchingOptions defaults() {
        return new MatchingOptions(40, 16, 10, true, true);
    }

    public MatchingOptions withCandidates(int k) {
        return new MatchingOptions(k, candidatesPerMentor, additionsPerMentee, pricing, parallel);
    }

    public MatchingOptions withoutPricing() {
        return new MatchingOptions(candidatesPerMentee, candidatesPerMentor, additionsPerMentee, false, parallel);
    }
}
