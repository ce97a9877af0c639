package ru.nastavnik.matching.internal.engine;

/**
 * Candidate pairs in compressed sparse rows: the edges of mentee i are {@code start[i] until start[i + 1]}, each a
 * mentor and the pair's score. No object per edge: half a million edges are three int arrays.
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
     * This graph with the other's edges appended to each mentee's own, which keep their order: an old edge e of mentee
     * i becomes {@code e + merged.start[i] - start[i]}, so a solver can carry its assignment over.
     */
    CandidateGraph plus(CandidateGraph more) {
        int n = mentees();
        int[] s = new int[n + 1];
        int[] m = new int[edges() + more.edges()];
        int[] w = new int[m.length];
        for (int i = 0; i < n; i++) {
            int own = start[i + 1] - start[i];
            int added = more.start[i + 1] - more.start[i];
            System.arraycopy(mentor, start[i], m, s[i], own);
            System.arraycopy(score, start[i], w, s[i], own);
            System.arraycopy(more.mentor, more.start[i], m, s[i] + own, added);
            System.arraycopy(more.score, more.start[i], w, s[i] + own, added);
            s[i + 1] = s[i] + own + added;
        }
        return new CandidateGraph(s, m, w);
    }
}
