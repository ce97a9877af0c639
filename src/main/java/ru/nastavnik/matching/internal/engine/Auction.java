package ru.nastavnik.matching.internal.engine;

import java.util.Arrays;

/**
 * An ε-scaling auction (Bertsekas) on scores multiplied by {@link #scale}, in the square form that makes its assignment
 * optimal and not only its prices. Persons: the active mentees and one vacancy person per place, who values her own
 * place at 0. Objects: the places and a pool of "alone" units, one per active mentee, worth 0 to everyone. Persons and
 * objects are as many, every person can hold something, so every object ends held: a place that nobody wants is held
 * by its vacancy person at a price within ε of the pool's, never left free with a price above it (what kept the plain
 * forward auction's assignment 2.7 % below the optimum on the dense scarce region, docs/matching-dense.md).
 *
 * <p>The places are priced one by one ({@link Places}); the pool's units are similar objects with one price
 * ({@link AlonePool}).
 *
 * <p>Each phase drops what is held and bids again at the last prices, ε divided by {@link #PHASE_FACTOR}, the last
 * with ε = 1. Its result is ε-complementary slack; {@link #potentials} turns it into the flow's assignment and scaled
 * potentials that {@link ScaledPotentials} makes exact (and which prove the assignment optimal).
 */
final class Auction {

    private static final int POOL = -2;
    static final long NONE = Long.MAX_VALUE / 8;
    private static final int PHASE_FACTOR = 6;

    private final CandidateGraph g;
    private final int[] capacity;
    private final boolean[] active;
    private final int n;
    /** More than twice the network's nodes: the rounding to scores is then exact (ScaledPotentials). */
    final long scale;

    private final Places places;
    private final AlonePool pool;

    /** A mentee's edge, {@link #POOL}, or -1 while she waits to bid; the place she holds. */
    private final int[] edge;

    private final int[] place;
    private final int[] queue;
    private int head;
    private int tail;
    private long epsilon;
    private long top;
    long bids;

    Auction(int[] capacity, boolean[] active, CandidateGraph graph) {
        this.g = graph;
        this.capacity = capacity;
        this.active = active;
        this.n = active.length;
        this.places = new Places(capacity);
        int count = 0;
        for (boolean a : active) {
            count += a ? 1 : 0;
        }
        this.scale = 4L * (n + capacity.length + places.count() + 2);
        this.pool = new AlonePool(count, graph, scale, n, places);
        edge = new int[n];
        place = new int[n];
        queue = new int[n + places.count() + 1];
    }

    /** Every phase down to ε = 1. */
    void run() {
        while (!phase()) {
            // on
        }
    }

    /**
     * One phase: everyone drops what she holds and bids again at the last prices, ε a {@link #PHASE_FACTOR}-th of
     * the last phase's. True when it was the last, with ε = 1.
     */
    boolean phase() {
        if (epsilon == 0) {
            for (int e = 0; e < g.edges(); e++) {
                top = Math.max(top, g.score[e] * scale);
            }
            for (int j = 0; j < capacity.length; j++) {
                places.reprice(j);
            }
            epsilon = Math.max(1, top / PHASE_FACTOR);
        } else {
            epsilon = Math.max(1, epsilon / PHASE_FACTOR);
        }
        Arrays.fill(places.holder, -1);
        Arrays.fill(edge, -1);
        pool.clear();
        for (int i = 0; i < n; i++) {
            if (active[i]) {
                enqueue(i);
            }
        }
        for (int q = 0; q < places.count(); q++) {
            enqueue(n + q);
        }
        while (head != tail) {
            int person = queue[head];
            head = head == queue.length - 1 ? 0 : head + 1;
            if (person < n) {
                bid(person);
            } else {
                bidForVacancy(person - n);
            }
        }
        return epsilon == 1;
    }

    /** The last phase's ε on the scale of {@link #scale}. */
    long epsilon() {
        return epsilon;
    }

    /**
     * Fills the empty flow with the auction's assignment and writes scaled potentials (the flow's sign: reduced cost
     * {@code cost·scale + φ(from) − φ(to)}): a mentee's profit, minus the price level of a mentor (her cheapest place;
     * the pool's level when she has both a mentee and a free place), minus the pool's level at the sink. By ε-slackness
     * no residual arc's scaled reduced cost is below −2ε; ScaledPotentials measures it rather than trusting this.
     */
    void potentials(Flow f, long[] phi) {
        for (int i = 0; i < n; i++) {
            if (active[i] && edge[i] == POOL) {
                f.assigned[i] = Flow.ALONE;
                f.sinkInflow++;
                phi[i] = -pool.level;
            } else if (active[i] && edge[i] >= 0) {
                int j = g.mentor[edge[i]];
                f.assigned[i] = edge[i];
                f.addSlot(j, i);
                f.toSink[j]++;
                f.sinkInflow++;
                phi[i] = g.score[edge[i]] * scale - places.price[place[i]];
            }
        }
        for (int j = 0; j < capacity.length; j++) {
            if (capacity[j] == 0) {
                phi[n + j] = -NONE; // no places: only arcs into her, which this keeps far from negative
            } else {
                boolean mixed = f.taken[j] > 0 && f.taken[j] < capacity[j];
                phi[n + j] = mixed ? -pool.level : -places.minPrice[j];
            }
        }
        phi[f.sink] = -pool.level;
    }

    /**
     * Rows are best score first and prices never negative: once a score is at most the second best, stop. The price
     * arrays are read into locals so the loop indexes them as directly as when they were this class's fields.
     */
    private void bid(int i) {
        bids++;
        long[] minPrice = places.minPrice;
        long[] secondPrice = places.secondPrice;
        long b1 = -pool.level;
        long b2 = -NONE;
        long bestPlace = -NONE;
        int e1 = POOL;
        for (int e = g.start[i], end = g.start[i + 1]; e < end; e++) {
            long s = g.score[e] * scale;
            if (s <= b2) {
                break;
            }
            int j = g.mentor[e];
            long v = s - minPrice[j];
            bestPlace = Math.max(bestPlace, v);
            if (v > b1) {
                b2 = Math.max(b1, s - secondPrice[j]);
                b1 = v;
                e1 = e;
            } else if (v > b2) {
                b2 = v;
            }
        }
        if (e1 == POOL) {
            join(i, bestPlace);
            return;
        }
        // with no second option the increment is capped: any second value between the true one and the best keeps
        // the bidder ε-slack
        b2 = Math.max(b2, b1 - top - epsilon);
        int j = g.mentor[e1];
        int q = places.minPlace[j];
        edge[i] = e1;
        place[i] = q;
        takePlace(q, i, g.score[e1] * scale - b2 + epsilon);
        places.reprice(j);
    }

    /** The vacancy person of place q: her place or the pool, both worth 0 to her. */
    private void bidForVacancy(int q) {
        bids++;
        long p = places.price[q];
        if (p <= pool.level) {
            takePlace(q, n + q, Math.min(pool.level, p + top) + epsilon);
            places.reprice(places.mentor[q]);
        } else {
            join(n + q, -p);
        }
    }

    private void takePlace(int q, int person, long price) {
        int previous = places.holder[q];
        places.price[q] = price;
        places.holder[q] = person;
        if (previous >= 0) {
            if (previous < n) {
                edge[previous] = -1;
            }
            enqueue(previous);
        }
    }

    /** The pool is the person's best option and {@code worth} her best other one; a full pool lets one go. */
    private void join(int person, long worth) {
        if (person < n) {
            edge[person] = POOL;
        }
        int h = pool.join(person, worth, epsilon);
        if (h >= 0) {
            if (h < n) {
                edge[h] = -1;
            }
            enqueue(h);
        }
    }

    private void enqueue(int person) {
        queue[tail] = person;
        tail = tail == queue.length - 1 ? 0 : tail + 1;
    }
}
