package ru.nastavnik.matching.internal.engine;

/**
 * Candidate pairs in compressed sparse rows: the edges of mentee i are {@code start[i] until start[i + 1]}, each a
 * mentor and the pair's score. No object per edge: half a million edges are three int arrays. The graph a solver
 * works on has each row best score first (ties: lower mentor), as {@link #fromSlots} packs the top k and
 * {@link #plus} merges; a graph of additions, only ever passed to {@code plus}, may be in any order.
 */
final class CandidateGraph {

    final int[] start;
    final int[] mentor;
    final int[] score;

    CandidateGraph(int[] start, int[] mentor, int[] score) {
        this.start = start;
        this.mentor = mentor;
        this.score = score;
    }

    int mentees() {
        return start.length - 1;
    }

    int edges() {
        return start[start.length - 1];
    }

    /** Packs per-mentee slots ({@code count[i]} edges at {@code i * stride}) into rows. */
    static CandidateGraph fromSlots(int mentees, int stride, int[] count, int[] mentors, int[] scores) {
        int[] start = new int[mentees + 1];
        for (int i = 0; i < mentees; i++) {
            start[i + 1] = start[i] + count[i];
        }
        int[] mentor = new int[start[mentees]];
        int[] score = new int[start[mentees]];
        for (int i = 0; i < mentees; i++) {
            System.arraycopy(mentors, i * stride, mentor, start[i], count[i]);
            System.arraycopy(scores, i * stride, score, start[i], count[i]);
        }
        return new CandidateGraph(start, mentor, score);
    }

    /**
     * This graph with the other's edges merged into each mentee's row. Rows stay sorted best score first (ties: lower
     * mentor), which is what lets a search stop reading a row once no later edge can be short enough
     * ({@link PathSearch}); an edge's index changes, so a solver carries its assignment over by mentor.
     */
    CandidateGraph plus(CandidateGraph more) {
        int n = mentees();
        int[] s = new int[n + 1];
        int[] m = new int[edges() + more.edges()];
        int[] w = new int[m.length];
        long[] added = new long[16];
        for (int i = 0; i < n; i++) {
            int count = more.start[i + 1] - more.start[i];
            if (added.length < count) {
                added = new long[count];
            }
            for (int q = 0; q < count; q++) {
                int e = more.start[i] + q;
                added[q] = TopK.key(more.score[e], more.mentor[e]);
            }
            java.util.Arrays.sort(added, 0, count);
            int out = s[i];
            int a = count - 1;
            for (int e = start[i]; e < start[i + 1]; e++) {
                long own = TopK.key(score[e], mentor[e]);
                for (; a >= 0 && added[a] > own; a--) {
                    m[out] = TopK.mentor(added[a]);
                    w[out++] = TopK.value(added[a]);
                }
                m[out] = mentor[e];
                w[out++] = score[e];
            }
            for (; a >= 0; a--) {
                m[out] = TopK.mentor(added[a]);
                w[out++] = TopK.value(added[a]);
            }
            s[i + 1] = out;
        }
        return new CandidateGraph(s, m, w);
    }
}
