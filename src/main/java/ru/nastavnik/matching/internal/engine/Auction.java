package ru.nastavnik.matching.internal.engine;

import java.util.Arrays;

/**
 * Prices for the cold solve (FlowSolver#solve): an ε-scaling auction (Bertsekas) of the mentors' places on scores
 * multiplied by {@code n + 1}. Each mentee bids for the cheapest place of the mentor worth most to her at the current
 * prices, raising its price by her margin over her second option plus ε; staying alone is always an option worth 0
 * that costs nothing. Each phase divides ε and bids again, from nothing held, at the last prices; the last has ε = 1.
 *
 * <p>Only the prices are used, as the shortest paths' starting potentials: the assignment is not optimal by itself
 * (places left free with a price at a phase's start break the auction's bound; measured on the dense scarce region:
 * 1,207 such mentors, 2.7 % below the optimum), but the prices are close to the optimal duals, so most mentees then
 * reach a mentor along a path of reduced cost 0. Measured there: 30-50 ms for 199,094 bids.
 */
final class Auction {

    private static final int ALONE = -2;
    private static final long NONE = Long.MAX_VALUE / 4;
    private static final int PHASE_FACTOR = 6;

    private final CandidateGraph g;
    private final int[] capacity;
    private final boolean[] active;
    private final int n;
    final long scale;
    private final int[] slotStart;
    private final long[] placePrice;
    private final int[] placeHolder;
    final long[] minPrice;
    private final int[] minPlace;
    private final long[] secondPrice;
    /** The edge of each mentee's place, {@link #ALONE}, or -1 while she waits to bid. */
    private final int[] edge;

    private final int[] place;
    private final int[] queue;
    private int head;
    private int tail;
    private long epsilon;

    Auction(int[] capacity, boolean[] active, CandidateGraph graph) {
        this.g = graph;
        this.capacity = capacity;
        this.active = active;
        this.n = active.length;
        this.scale = n + 1L;
        slotStart = new int[capacity.length + 1];
        for (int j = 0; j < capacity.length; j++) {
            slotStart[j + 1] = slotStart[j] + capacity[j];
        }
        placePrice = new long[slotStart[capacity.length]];
        placeHolder = new int[placePrice.length];
        minPrice = new long[capacity.length];
        minPlace = new int[capacity.length];
        secondPrice = new long[capacity.length];
        edge = new int[n];
        place = new int[n];
        queue = new int[n + 1];
    }

    void run() {
        long top = 0;
        for (int e = 0; e < g.edges(); e++) {
            top = Math.max(top, g.score[e] * scale);
        }
        for (int j = 0; j < capacity.length; j++) {
            reprice(j);
        }
        epsilon = Math.max(1, top / PHASE_FACTOR);
        while (true) {
            Arrays.fill(placeHolder, -1);
            Arrays.fill(edge, -1);
            for (int i = 0; i < n; i++) {
                if (active[i]) {
                    enqueue(i);
                }
            }
            bidAll();
            if (epsilon == 1) {
                break;
            }
            epsilon = Math.max(1, epsilon / PHASE_FACTOR);
        }
    }

    /** Every place of the mentor is held at the end of the last phase. */
    boolean full(int j) {
        for (int q = slotStart[j]; q < slotStart[j + 1]; q++) {
            if (placeHolder[q] < 0) {
                return false;
            }
        }
        return true;
    }

    private void bidAll() {
        while (head != tail) {
            int i = queue[head];
            head = head == n ? 0 : head + 1;
            bid(i);
        }
    }

    private void enqueue(int i) {
        queue[tail] = i;
        tail = tail == n ? 0 : tail + 1;
    }

    /**
     * Rows are best score first and a price is never negative, so once a score is no more than the second best value
     * no later edge changes the bid.
     */
    private void bid(int i) {
        long b1 = 0;
        long b2 = 0;
        int e1 = -1;
        for (int e = g.start[i], end = g.start[i + 1]; e < end; e++) {
            long s = g.score[e] * scale;
            if (s <= b2) {
                break;
            }
            int j = g.mentor[e];
            long v = s - minPrice[j];
            if (v > b1) {
                b2 = Math.max(b1, s - secondPrice[j]);
                b1 = v;
                e1 = e;
            } else if (v > b2) {
                b2 = v;
            }
        }
        if (e1 < 0) {
            edge[i] = ALONE;
            return;
        }
        int j = g.mentor[e1];
        int q = minPlace[j];
        int previous = placeHolder[q];
        placePrice[q] = g.score[e1] * scale - b2 + epsilon;
        placeHolder[q] = i;
        edge[i] = e1;
        place[i] = q;
        reprice(j);
        if (previous >= 0) {
            edge[previous] = -1;
            enqueue(previous);
        }
    }

    private void reprice(int j) {
        long m1 = NONE;
        long m2 = NONE;
        int at = -1;
        for (int q = slotStart[j]; q < slotStart[j + 1]; q++) {
            long p = placePrice[q];
            if (p < m1) {
                m2 = m1;
                m1 = p;
                at = q;
            } else if (p < m2) {
                m2 = p;
            }
        }
        minPrice[j] = m1;
        minPlace[j] = at;
        secondPrice[j] = m2;
    }
}
