package ru.nastavnik.matching.internal.engine;

/**
 * Checks a result without trusting the solver: the matching is feasible (pins kept, capacities respected, every pair
 * admissible), its total is what it claims, the duals are non-negative and cover every admissible pair — all
 * mentees × all mentors, no index, no candidate graph — and the total equals the dual bound. Then no matching can
 * score more.
 */
public final class CertificateCheck {

    /** {@code problem} is null when the certificate holds. */
    public record Outcome(String problem) {

        public boolean valid() {
            return problem == null;
        }
    }

    private CertificateCheck() {
    }

    public static Outcome verify(Scorer scorer, MatchingResult result) {
        MatchingInput in = scorer.input();
        Certificate c = result.certificate();
        int[] places = new int[in.mentorCount];
        for (int j = 0; j < in.mentorCount; j++) {
            places[j] = in.mentorConsent[j] ? in.freeCapacity(j) : 0;
        }
        long total = 0;
        long pinned = 0;
        for (int i = 0; i < in.menteeCount; i++) {
            int j = result.mentorOf(i);
            int pin = in.pinnedMentor[i];
            if (pin >= 0 && j != pin) {
                return new Outcome("mentee " + i + " is pinned to " + pin + " but got " + j);
            }
            if (j < 0) {
                continue;
            }
            int s = scorer.evaluate(i, j);
            if (s < 0) {
                return new Outcome("pair " + i + " → " + j + " is not admissible: " + scorer.whyInadmissible(i, j));
            }
            if (--places[j] < 0) {
                return new Outcome("mentor " + j + " got more mentees than free places");
            }
            total += s;
            pinned += pin >= 0 ? s : 0;
        }
        if (total != result.totalScore()) {
            return new Outcome("total is " + total + ", the result claims " + result.totalScore());
        }
        int[] capacity = new int[in.mentorCount];
        for (int j = 0; j < in.mentorCount; j++) {
            capacity[j] = in.mentorConsent[j] ? in.freeCapacity(j) : 0;
        }
        for (int i = 0; i < in.menteeCount; i++) {
            if (in.pinnedMentor[i] >= 0) {
                capacity[in.pinnedMentor[i]]--;
            }
        }
        long[] u = c.menteeDual();
        long[] v = c.mentorDual();
        for (long x : u) {
            if (x < 0) {
                return new Outcome("a mentee dual is negative");
            }
        }
        for (long x : v) {
            if (x < 0) {
                return new Outcome("a mentor dual is negative");
            }
        }
        int[] open = java.util.stream.IntStream.range(0, in.mentorCount).filter(j -> capacity[j] > 0).toArray();
        for (int i = 0; i < in.menteeCount; i++) {
            if (in.pinnedMentor[i] >= 0) {
                continue;
            }
            for (int j : open) {
                int s = scorer.evaluate(i, j);
                if (s >= 0 && u[i] + v[j] < s) {
                    return new Outcome("duals do not cover pair " + i + " → " + j + ": " + u[i] + " + " + v[j] + " < "
                            + s);
                }
            }
        }
        long bound = Certificate.bound(u, v, capacity, pinned);
        if (bound != c.dualBound()) {
            return new Outcome("dual bound is " + bound + ", the certificate claims " + c.dualBound());
        }
        return bound == total ? new Outcome(null) : new Outcome("total " + total + " is below the dual bound " + bound);
    }
}
