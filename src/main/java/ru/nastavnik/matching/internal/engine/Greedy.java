package ru.nastavnik.matching.internal.engine;

/**
 * The baseline the optimum is compared with: all admissible pairs by score, best first (a counting sort, since scores
 * are small integers), each taken when the mentee is free and the mentor has a place. Pins are placed first.
 */
final class Greedy {

    private Greedy() {
    }

    static GreedyResult match(Scorer scorer) {
        MatchingInput in = scorer.input();
        Pins pins = new Pins(scorer);
        int[] places = pins.capacity.clone();
        MentorIndex index = new MentorIndex(in, places);
        int[] perScore = new int[1];
        long pairs = 0;
        for (int pass = 0; pass < 2; pass++) {
            long[] sorted = pass == 1 ? new long[Math.toIntExact(pairs)] : null;
            int[] next = pass == 1 ? descendingStarts(perScore) : null;
            for (int i = 0; i < in.menteeCount; i++) {
                if (!pins.active[i]) {
                    continue;
                }
                int org = in.menteeOrganisation[i];
                for (int p = index.from(org), end = index.to(org); p < end; p++) {
                    perScore = visit(scorer, i, index.byOrganisation[p], perScore, sorted, next);
                }
                for (int j : index.shared) {
                    if (in.mentorOrganisation[j] != org) {
                        perScore = visit(scorer, i, j, perScore, sorted, next);
                    }
                }
            }
            if (pass == 0) {
                for (int c : perScore) {
                    pairs += c;
                }
            } else {
                return take(scorer, pins, places, sorted);
            }
        }
        throw new AssertionError();
    }

    private static int[] visit(Scorer scorer, int i, int j, int[] perScore, long[] sorted, int[] next) {
        int s = scorer.evaluate(i, j);
        if (s < 0) {
            return perScore;
        }
        if (sorted == null) {
            if (s >= perScore.length) {
                perScore = java.util.Arrays.copyOf(perScore, Math.max(s + 1, perScore.length * 2));
            }
            perScore[s]++;
        } else {
            sorted[next[s]++] = (long) i << 32 | j;
        }
        return perScore;
    }

    /** Where each score's pairs start when the highest scores come first. */
    private static int[] descendingStarts(int[] perScore) {
        int[] start = new int[perScore.length];
        int at = 0;
        for (int s = perScore.length - 1; s >= 0; s--) {
            start[s] = at;
            at += perScore[s];
        }
        return start;
    }

    private static GreedyResult take(Scorer scorer, Pins pins, int[] places, long[] sorted) {
        MatchingInput in = scorer.input();
        int[] mentorOf = new int[in.menteeCount];
        for (int i = 0; i < in.menteeCount; i++) {
            mentorOf[i] = in.pinnedMentor[i];
        }
        long total = pins.pinnedScore;
        for (long pair : sorted) {
            int i = (int) (pair >>> 32);
            int j = (int) pair;
            if (mentorOf[i] < 0 && places[j] > 0) {
                mentorOf[i] = j;
                places[j]--;
                total += scorer.evaluate(i, j);
            }
        }
        return new GreedyResult(mentorOf, total);
    }
}
