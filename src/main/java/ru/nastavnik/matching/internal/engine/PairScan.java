package ru.nastavnik.matching.internal.engine;

import java.util.stream.IntStream;

/**
 * Walks every admissible pair of the run: once to keep each mentee's best K mentors as candidates, then once per
 * pricing round to find the pairs left out whose score beats the duals. Mentees are scanned in blocks, in parallel
 * when asked, each block with its own scratch; results land in per-mentee slots, so the outcome does not depend on
 * the threads.
 */
final class PairScan {

    private static final int BLOCK = 64;

    private final MatchingInput in;
    private final Scorer scorer;
    private final MentorIndex index;
    private final boolean[] active;
    private final boolean parallel;
    /**
     * Per mentee, the score of the worst candidate when some admissible pair was left out (every pair left out scores
     * at most this), else {@code Integer.MAX_VALUE}: nothing to price.
     */
    private final int[] leftOutAtMost;

    private long admissiblePairs;

    PairScan(Scorer scorer, MentorIndex index, boolean[] active, boolean parallel) {
        this.in = scorer.input();
        this.scorer = scorer;
        this.index = index;
        this.active = active;
        this.parallel = parallel;
        this.leftOutAtMost = new int[in.menteeCount];
    }

    long admissiblePairs() {
        return admissiblePairs;
    }

    /**
     * The best {@code k} mentors of each active mentee by score (ties: lower index), joined by the best {@code l}
     * mentees of each mentor, and the count of all pairs. The mentor side matters when places are scarce: a mentor
     * in nobody's top k stays idle at price 0 and the duals of the mentees she suits best fall below her scores;
     * without her best mentees as candidates pricing found thousands of such pairs and the solve began again.
     */
    CandidateGraph candidates(int k, int l) {
        int n = in.menteeCount;
        int[] count = new int[n];
        int[] mentors = new int[n * k];
        int[] scores = new int[n * k];
        int[] admissible = new int[n];
        java.util.Queue<Scratch> all = new java.util.concurrent.ConcurrentLinkedQueue<>();
        blocks(
                n,
                () -> {
                    Scratch s = new Scratch(new TopK(k), l > 0 ? new MentorTops(in.mentorCount, l) : null);
                    all.add(s);
                    return s;
                },
                (s, i) -> {
                    TopK top = s.top;
                    int found = 0;
                    int org = in.menteeOrganisation[i];
                    for (int p = index.from(org), end = index.to(org); p < end; p++) {
                        found += offer(s, i, index.byOrganisation[p]);
                    }
                    for (int j : index.shared) {
                        if (in.mentorOrganisation[j] != org) {
                            found += offer(s, i, j);
                        }
                    }
                    admissible[i] = found;
                    leftOutAtMost[i] = found > k ? TopK.value(top.min()) : Integer.MAX_VALUE;
                    long[] kept = new long[top.size()];
                    int c = top.drainDescending(kept);
                    for (int q = 0; q < c; q++) {
                        mentors[i * k + q] = TopK.mentor(kept[q]);
                        scores[i * k + q] = TopK.value(kept[q]);
                    }
                    count[i] = c;
                });
        long total = 0;
        for (int a : admissible) {
            total += a;
        }
        admissiblePairs = total;
        CandidateGraph graph = CandidateGraph.fromSlots(n, k, count, mentors, scores);
        return l > 0 && !all.isEmpty() ? graph.plus(mentorSide(all, graph)) : graph;
    }

    private int offer(Scratch s, int i, int j) {
        int score = scorer.evaluate(i, j);
        if (score < 0) {
            return 0;
        }
        s.top.offer(TopK.key(score, j));
        if (s.mentees != null) {
            s.mentees.offer(j, TopK.key(score, i));
        }
        return 1;
    }

    /** The mentors' best mentees that are not already among the mentees' own best mentors, as a graph. */
    private CandidateGraph mentorSide(java.util.Queue<Scratch> all, CandidateGraph own) {
        MentorTops tops = all.poll().mentees;
        for (Scratch s : all) {
            s.mentees.mergeInto(tops);
        }
        int n = in.menteeCount;
        int[] start = new int[n + 1];
        for (int j = 0; j < in.mentorCount; j++) {
            for (int q = 0; q < tops.size(j); q++) {
                long key = tops.key(j, q); // packed like a mentor's key, the mentee in the place of the mentor
                start[TopK.mentor(key) + 1] += isNew(own, TopK.mentor(key), j, TopK.value(key)) ? 1 : 0;
            }
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = start.clone();
        int[] mentor = new int[start[n]];
        int[] score = new int[start[n]];
        for (int j = 0; j < in.mentorCount; j++) {
            for (int q = 0; q < tops.size(j); q++) {
                long key = tops.key(j, q);
                int i = TopK.mentor(key);
                if (isNew(own, i, j, TopK.value(key))) {
                    mentor[fill[i]] = j;
                    score[fill[i]++] = TopK.value(key);
                }
            }
        }
        return new CandidateGraph(start, mentor, score);
    }

    /** Every pair scoring above the worst one kept was kept: only a tie with it needs a look at the row. */
    private boolean isNew(CandidateGraph own, int i, int j, int score) {
        int worst = leftOutAtMost[i];
        if (worst == Integer.MAX_VALUE || score > worst) {
            return false;
        }
        if (score < worst) {
            return true;
        }
        for (int e = own.start[i]; e < own.start[i + 1]; e++) {
            if (own.mentor[e] == j) {
                return false;
            }
        }
        return true;
    }

    private record Scratch(TopK top, MentorTops mentees) {}

    /**
     * Pairs not in {@code graph} with positive reduced profit {@code score − u_i − v_j}, at most {@code limit} per
     * mentee (the most violated), as a graph of additions; empty when the duals already cover every admissible pair.
     */
    CandidateGraph violations(CandidateGraph graph, long[] u, long[] v, int limit) {
        int n = in.menteeCount;
        int[] count = new int[n];
        int[] mentors = new int[n * limit];
        int[] scores = new int[n * limit];
        int[] shared = new int[index.shared.length];
        long[] room = new long[shared.length];
        byHeadroom(v, shared, room);
        blocks(n, () -> new Pricing(limit, in.mentorCount), (p, i) -> {
            if (u[i] >= leftOutAtMost[i]) {
                return; // v ≥ 0 and no pair left out scores more than leftOutAtMost: nothing can be violated
            }
            int tag = i + 1;
            for (int e = graph.start[i]; e < graph.start[i + 1]; e++) {
                p.inGraph[graph.mentor[e]] = tag;
            }
            int org = in.menteeOrganisation[i];
            for (int q = index.from(org), end = index.to(org); q < end; q++) {
                p.consider(i, index.byOrganisation[q], u[i], v, tag);
            }
            long floor = u[i] - scorer.menteeCeilingElsewhere(i);
            for (int q = 0; q < shared.length && room[q] > floor; q++) {
                int j = shared[q];
                if (in.mentorOrganisation[j] != org) {
                    p.consider(i, j, u[i], v, tag);
                }
            }
            long[] kept = new long[p.top.size()];
            int c = p.top.drainDescending(kept);
            for (int q = 0; q < c; q++) {
                int j = TopK.mentor(kept[q]);
                mentors[i * limit + q] = j;
                scores[i * limit + q] = scorer.evaluate(i, j);
            }
            count[i] = c;
        });
        return CandidateGraph.fromSlots(n, limit, count, mentors, scores);
    }

    /**
     * The shared mentors by {@code mentorCeiling(j) − v_j}, highest first (ties: lower index), into {@code shared} and
     * {@code room}. A pair with a mentor of another organisation scores at most
     * {@code menteeCeilingElsewhere(i) + mentorCeiling(j)}, so it beats the duals only while that headroom exceeds
     * {@code u_i − menteeCeilingElsewhere(i)}: a mentee's scan of the shared bank, the bulk of a dense region's pairs,
     * stops there.
     */
    private void byHeadroom(long[] v, int[] shared, long[] room) {
        long[] keyed = new long[shared.length];
        for (int q = 0; q < shared.length; q++) {
            int j = index.shared[q];
            long headroom = Math.max(Integer.MIN_VALUE, scorer.mentorCeiling(j) - Math.min(v[j], Integer.MAX_VALUE));
            keyed[q] = headroom << 32 | (Integer.MAX_VALUE - j);
        }
        java.util.Arrays.sort(keyed);
        for (int q = 0; q < shared.length; q++) {
            long key = keyed[shared.length - 1 - q];
            shared[q] = Integer.MAX_VALUE - (int) key;
            room[q] = key >> 32;
        }
    }

    /** Scratch of one pricing worker: the mentors already in the graph (tagged by mentee) and the best violations. */
    private final class Pricing {
        final TopK top;
        final int[] inGraph;

        Pricing(int limit, int mentors) {
            top = new TopK(limit);
            inGraph = new int[mentors];
        }

        void consider(int i, int j, long ui, long[] v, int tag) {
            if (inGraph[j] == tag) {
                return;
            }
            int s = scorer.evaluate(i, j);
            if (s >= 0) {
                long reduced = s - ui - v[j];
                if (reduced > 0) {
                    top.offer(TopK.key(reduced, j));
                }
            }
        }
    }

    private interface MenteeWork<S> {
        void run(S scratch, int mentee);
    }

    private <S> void blocks(int n, java.util.function.Supplier<S> scratch, MenteeWork<S> work) {
        int blocks = (n + BLOCK - 1) / BLOCK;
        IntStream range = IntStream.range(0, blocks);
        ThreadLocal<S> local = ThreadLocal.withInitial(scratch);
        (parallel ? range.parallel() : range).forEach(b -> {
            S s = local.get();
            for (int i = b * BLOCK, end = Math.min(n, i + BLOCK); i < end; i++) {
                if (active[i]) {
                    work.run(s, i);
                }
            }
        });
    }
}
