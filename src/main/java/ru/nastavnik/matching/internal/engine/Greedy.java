package ru.nastavnik.matching.internal.engine;

import java.util.Arrays;

/**
 * The baseline the optimum is compared with: all admissible pairs by score, best first, ties in the order of the
 * scan, each taken when the mentee is free and the mentor has a place. Pins are placed first.
 *
 * <p>The pairs are not all stored (on a dense region they are 60 million, half a gigabyte): a first scan counts them
 * per score, then the scores are taken in bands of at most {@link #BAND} pairs, highest first, each band collected by
 * a scan that skips mentees already matched and mentors already full — their pairs would be refused anyway — and
 * counting-sorted by score. The result is the one of sorting every pair at once.
 */
final class Greedy {

    /** Pairs held at once: 8 MiB of longs per million. */
    static final int BAND = 1 << 22;

    private Greedy() {}

    static GreedyResult match(Scorer scorer) {
        return match(scorer, BAND);
    }

    static GreedyResult match(Scorer scorer, int band) {
        MatchingInput in = scorer.input();
        Pins pins = new Pins(scorer);
        int[] places = pins.capacity.clone();
        MentorIndex index = new MentorIndex(in, places);
        int[] mentorOf = new int[in.menteeCount];
        for (int i = 0; i < in.menteeCount; i++) {
            mentorOf[i] = in.pinnedMentor[i];
        }
        long[] perScore = countPerScore(scorer, pins, index);
        long total = pins.pinnedScore;
        int hi = perScore.length - 1;
        while (hi >= 0) {
            int lo = hi;
            long size = perScore[hi];
            while (lo > 0 && size + perScore[lo - 1] <= band) {
                size += perScore[--lo];
            }
            if (size > 0) {
                total += takeBand(scorer, pins, index, places, mentorOf, perScore, lo, hi, size);
            }
            hi = lo - 1;
        }
        return new GreedyResult(mentorOf, total);
    }

    private static long[] countPerScore(Scorer scorer, Pins pins, MentorIndex index) {
        MatchingInput in = scorer.input();
        long[] perScore = new long[1];
        for (int i = 0; i < in.menteeCount; i++) {
            if (!pins.active[i]) {
                continue;
            }
            int org = in.menteeOrganisation[i];
            for (int p = index.from(org), end = index.to(org); p < end; p++) {
                perScore = count(perScore, scorer.evaluate(i, index.byOrganisation[p]));
            }
            for (int j : index.shared) {
                if (in.mentorOrganisation[j] != org) {
                    perScore = count(perScore, scorer.evaluate(i, j));
                }
            }
        }
        return perScore;
    }

    private static long[] count(long[] perScore, int s) {
        if (s < 0) {
            return perScore;
        }
        long[] counts = s < perScore.length ? perScore : Arrays.copyOf(perScore, Math.max(s + 1, perScore.length * 2));
        counts[s]++;
        return counts;
    }

    /** Collects the pairs scoring lo..hi that can still be taken, highest first, and takes them; their sum. */
    private static long takeBand(
            Scorer scorer,
            Pins pins,
            MentorIndex index,
            int[] places,
            int[] mentorOf,
            long[] perScore,
            int lo,
            int hi,
            long size) {
        MatchingInput in = scorer.input();
        long[] pairs = new long[Math.toIntExact(size)];
        int[] next = new int[hi - lo + 1];
        int at = 0;
        for (int s = hi; s >= lo; s--) {
            next[s - lo] = at;
            at += (int) perScore[s];
        }
        int[] end = next.clone();
        for (int i = 0; i < in.menteeCount; i++) {
            if (!pins.active[i] || mentorOf[i] >= 0) {
                continue;
            }
            int org = in.menteeOrganisation[i];
            for (int p = index.from(org), e = index.to(org); p < e; p++) {
                collect(scorer, places, i, index.byOrganisation[p], lo, hi, pairs, end);
            }
            for (int j : index.shared) {
                if (in.mentorOrganisation[j] != org) {
                    collect(scorer, places, i, j, lo, hi, pairs, end);
                }
            }
        }
        long total = 0;
        for (int s = hi; s >= lo; s--) {
            for (int q = next[s - lo]; q < end[s - lo]; q++) {
                int i = (int) (pairs[q] >>> 32);
                int j = (int) pairs[q];
                if (mentorOf[i] < 0 && places[j] > 0) {
                    mentorOf[i] = j;
                    places[j]--;
                    total += s;
                }
            }
        }
        return total;
    }

    private static void collect(Scorer scorer, int[] places, int i, int j, int lo, int hi, long[] pairs, int[] end) {
        if (places[j] == 0) {
            return;
        }
        int s = scorer.evaluate(i, j);
        if (s >= lo && s <= hi) {
            pairs[end[s - lo]++] = (long) i << 32 | j;
        }
    }
}
