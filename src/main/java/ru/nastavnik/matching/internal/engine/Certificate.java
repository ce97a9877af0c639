package ru.nastavnik.matching.internal.engine;

/**
 * The proof that a matching is optimal over all admissible pairs: non-negative duals with
 * {@code u[i] + v[j] ≥ score(i, j)} for every admissible pair of an unpinned mentee and a mentor with places left,
 * so that no matching can score more than {@code dualBound = Σ u + Σ capacity·v + pinned score}; a matching that
 * scores exactly that is optimal. Check it with {@link CertificateCheck}.
 *
 * @param capacity places per mentor after load and pins, as the duals were computed for
 */
public record Certificate(long[] menteeDual, long[] mentorDual, int[] capacity, long pinnedScore, long dualBound) {

    public Certificate {
        if (mentorDual.length != capacity.length) {
            throw new IllegalArgumentException("One capacity per mentor dual");
        }
    }

    static long bound(long[] u, long[] v, int[] capacity, long pinnedScore) {
        long bound = pinnedScore;
        for (long x : u) {
            bound += x;
        }
        for (int j = 0; j < v.length; j++) {
            bound += capacity[j] * v[j];
        }
        return bound;
    }
}
