package ru.nastavnik.matching.internal.engine;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Checks a result without trusting the solver: the matching is feasible (pins kept, capacities respected, every pair
 * admissible), its total is what it claims, the duals are non-negative and cover every admissible pair — all
 * mentees × all mentors, no index, no candidate graph, skipping only pairs whose ceiling the duals already cover
 * — and the total equals the dual bound. Then no matching can score more.
 */
public final class CertificateCheck {

    /** {@code problem} is null when the certificate holds. */
    public record Outcome(String problem) {

        public boolean valid() {
            return problem == null;
        }
    }

    private CertificateCheck() {}

    /**
     * The first mentee's first admissible pair with {@code u_i + v_j < score}, packed as {@code i << 32 | j}, or -1.
     * A mentee's own organisation's mentors are all evaluated. A mentor of another organisation is admissible only
     * from the shared bank and then scores at most {@code menteeCeilingElsewhere(i) + mentorCeiling(j)}: with the
     * shared mentors sorted by {@code mentorCeiling(j) − v_j}, highest first, a mentee's scan stops where that falls
     * to {@code u_i − menteeCeilingElsewhere(i)}, as no later pair can beat the duals. The shared mentors who teach
     * the mentee's subject are scanned first, in the same order; the rest cannot earn its points, so their scan stops
     * that much earlier (measured: on the dense plentiful region the check took 1.0 s without this split). Mentees
     * are checked on all cores.
     */
    private static long uncoveredPair(Scorer scorer, int[] capacity, long[] u, long[] v) {
        MatchingInput in = scorer.input();
        Map<Integer, int[]> byOrganisation = IntStream.range(0, in.mentorCount)
                .filter(j -> capacity[j] > 0)
                .boxed()
                .collect(Collectors.groupingBy(
                        j -> in.mentorOrganisation[j],
                        Collectors.collectingAndThen(
                                Collectors.toList(),
                                l -> l.stream().mapToInt(Integer::intValue).toArray())));
        long[] keyed = IntStream.range(0, in.mentorCount)
                .filter(j -> capacity[j] > 0 && in.sharedBank[j])
                .mapToLong(j -> headroom(scorer, v, j) << 32 | (Integer.MAX_VALUE - j))
                .sorted()
                .toArray();
        int[] shared = new int[keyed.length];
        long[] room = new long[keyed.length];
        for (int q = 0; q < keyed.length; q++) {
            long key = keyed[keyed.length - 1 - q];
            shared[q] = Integer.MAX_VALUE - (int) key;
            room[q] = key >> 32;
        }
        int[][] teaching = bySubject(scorer, shared);
        int[] none = new int[0];
        return IntStream.range(0, in.menteeCount)
                .parallel()
                .mapToLong(i -> {
                    if (in.pinnedMentor[i] >= 0) {
                        return -1;
                    }
                    int org = in.menteeOrganisation[i];
                    for (int j : byOrganisation.getOrDefault(org, none)) {
                        if (uncovered(scorer, u, v, i, j)) {
                            return (long) i << 32 | j;
                        }
                    }
                    int subject = in.menteeSubject[i];
                    long floor = u[i] - scorer.menteeCeilingElsewhere(i);
                    if (subject >= 0) {
                        int[] those = teaching[subject];
                        for (int t = 0; t < those.length && room[those[t]] > floor; t++) {
                            int j = shared[those[t]];
                            if (in.mentorOrganisation[j] != org && uncovered(scorer, u, v, i, j)) {
                                return (long) i << 32 | j;
                            }
                        }
                        floor += scorer.subjectCeiling(i); // every mentor who teaches her subject is checked above
                    }
                    for (int q = 0; q < shared.length && room[q] > floor; q++) {
                        int j = shared[q];
                        if (in.mentorOrganisation[j] != org
                                && !scorer.teaches(j, subject)
                                && uncovered(scorer, u, v, i, j)) {
                            return (long) i << 32 | j;
                        }
                    }
                    return -1;
                })
                .filter(pair -> pair >= 0)
                .findFirst()
                .orElse(-1);
    }

    /** Per subject of some mentee, the positions in {@code shared} of the mentors who teach it, in that order. */
    private static int[][] bySubject(Scorer scorer, int[] shared) {
        MatchingInput in = scorer.input();
        int subjects = 0;
        for (int i = 0; i < in.menteeCount; i++) {
            subjects = Math.max(subjects, in.menteeSubject[i] + 1);
        }
        int[][] teaching = new int[subjects][];
        for (int s = 0; s < subjects; s++) {
            int subject = s;
            teaching[s] = IntStream.range(0, shared.length)
                    .filter(q -> scorer.teaches(shared[q], subject))
                    .toArray();
        }
        return teaching;
    }

    private static boolean uncovered(Scorer scorer, long[] u, long[] v, int i, int j) {
        int s = scorer.evaluate(i, j);
        return s >= 0 && u[i] + v[j] < s;
    }

    /** {@code mentorCeiling(j) − v_j}, clamped to an int: a dual beyond any score leaves no room anyway. */
    private static long headroom(Scorer scorer, long[] v, int j) {
        return Math.max(Integer.MIN_VALUE, scorer.mentorCeiling(j) - Math.min(v[j], Integer.MAX_VALUE));
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
        long uncovered = uncoveredPair(scorer, capacity, u, v);
        if (uncovered >= 0) {
            int i = (int) (uncovered >>> 32);
            int j = (int) uncovered;
            return new Outcome("duals do not cover pair " + i + " → " + j + ": " + u[i] + " + " + v[j] + " < "
                    + scorer.evaluate(i, j));
        }
        long bound = Certificate.bound(u, v, capacity, pinned);
        if (bound != c.dualBound()) {
            return new Outcome("dual bound is " + bound + ", the certificate claims " + c.dualBound());
        }
        return bound == total ? new Outcome(null) : new Outcome("total " + total + " is below the dual bound " + bound);
    }
}
