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
 * <p>Each phase drops what is held and bids again at the last prices, ε divided by {@link #PHASE_FACTOR}, the last
 * with ε = 1. Its result is ε-complementary slack; {@link #potentials} turns it into the flow's assignment and scaled
 * potentials that {@link ScaledPotentials} makes exact (and which prove the assignment optimal).
 */
final class Auction {

    private static final int POOL = -2;
    private static final long NONE = Long.MAX_VALUE / 8;
    private static final int PHASE_FACTOR = 6;

    private final CandidateGraph g;
    private final int[] capacity;
    private final boolean[] active;
    private final int n;
    /** More than twice the network's nodes: the rounding to scores is then exact (ScaledPotentials). */
    final long scale;

    private final int[] slotStart;
    private final int[] placeMentor;
    private final long[] placePrice;
    private final int[] placeHolder;
    private final long[] minPrice;
    private final int[] minPlace;
    private final long[] secondPrice;
    /** The pool's units as a min-heap by price; only the cheapest is ever bid for. */
    private final long[] poolPrice;

    private final int[] poolHolder;
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
        slotStart = new int[capacity.length + 1];
        for (int j = 0; j < capacity.length; j++) {
            slotStart[j + 1] = slotStart[j] + capacity[j];
        }
        int places = slotStart[capacity.length];
        int units = 0;
        for (boolean a : active) {
            units += a ? 1 : 0;
        }
        this.scale = 4L * (n + capacity.length + places + 2);
        placeMentor = new int[places];
        for (int j = 0; j < capacity.length; j++) {
            Arrays.fill(placeMentor, slotStart[j], slotStart[j + 1], j);
        }
        placePrice = new long[places];
        placeHolder = new int[places];
        minPrice = new long[capacity.length];
        minPlace = new int[capacity.length];
        secondPrice = new long[capacity.length];
        poolPrice = new long[units];
        poolHolder = new int[units];
        edge = new int[n];
        place = new int[n];
        queue = new int[n + places + 1];
    }

    void run() {
        for (int e = 0; e < g.edges(); e++) {
            top = Math.max(top, g.score[e] * scale);
        }
        for (int j = 0; j < capacity.length; j++) {
            reprice(j);
        }
        epsilon = Math.max(1, top / PHASE_FACTOR);
        while (true) {
            Arrays.fill(placeHolder, -1);
            Arrays.fill(poolHolder, -1);
            Arrays.fill(edge, -1);
            for (int i = 0; i < n; i++) {
                if (active[i]) {
                    enqueue(i);
                }
            }
            for (int q = 0; q < placePrice.length; q++) {
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
            if (epsilon == 1) {
                return;
            }
            epsilon = Math.max(1, epsilon / PHASE_FACTOR);
        }
    }

    /**
     * Fills the empty flow with the auction's assignment and writes scaled potentials (the flow's sign: reduced cost
     * {@code cost·scale + φ(from) − φ(to)}): a mentee's profit, minus the price level of a mentor (her cheapest place;
     * the pool's price when she has both a mentee and a free place), minus the pool's price at the sink. By ε-slackness
     * no residual arc's scaled reduced cost is below −2ε; ScaledPotentials measures it rather than trusting this.
     */
    void potentials(Flow f, long[] phi) {
        long pool = poolPrice.length > 0 ? poolPrice[0] : 0;
        for (int k = 0; k < poolHolder.length; k++) {
            int i = poolHolder[k];
            if (i >= 0 && i < n) {
                f.assigned[i] = Flow.ALONE;
                f.sinkInflow++;
                phi[i] = -poolPrice[k];
            }
        }
        for (int i = 0; i < n; i++) {
            if (active[i] && edge[i] >= 0) {
                int j = g.mentor[edge[i]];
                f.assigned[i] = edge[i];
                f.addSlot(j, i);
                f.toSink[j]++;
                f.sinkInflow++;
                phi[i] = g.score[edge[i]] * scale - placePrice[place[i]];
            }
        }
        for (int j = 0; j < capacity.length; j++) {
            if (capacity[j] == 0) {
                phi[n + j] = -NONE; // no places: only arcs into her, which this keeps far from negative
            } else {
                boolean mixed = f.taken[j] > 0 && f.taken[j] < capacity[j];
                phi[n + j] = mixed ? -pool : -minPrice[j];
            }
        }
        phi[f.sink] = -pool;
    }

    /** Rows are best score first and prices never negative: once a score is at most the second best, stop. */
    private void bid(int i) {
        bids++;
        long b1 = -poolPrice[0];
        long b2 = poolPrice.length > 1 ? -Math.min(poolPrice[1], poolPrice.length > 2 ? poolPrice[2] : NONE) : -NONE;
        int e1 = POOL;
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
        // with no second option the increment is capped: any second value between the true one and the best keeps
        // the bidder ε-slack
        b2 = Math.max(b2, b1 - top - epsilon);
        if (e1 == POOL) {
            takePool(i, -b2 + epsilon);
            edge[i] = POOL;
            return;
        }
        int j = g.mentor[e1];
        int q = minPlace[j];
        edge[i] = e1;
        place[i] = q;
        takePlace(q, i, g.score[e1] * scale - b2 + epsilon);
        reprice(j);
    }

    /** The vacancy person of place q: her place or the pool, both worth 0 to her. */
    private void bidForVacancy(int q) {
        bids++;
        long p = placePrice[q];
        long r1 = poolPrice.length > 0 ? poolPrice[0] : NONE;
        if (p <= r1) {
            takePlace(q, n + q, Math.min(r1, p + top) + epsilon);
            reprice(placeMentor[q]);
        } else {
            long r2 = poolPrice.length > 1 ? Math.min(poolPrice[1], poolPrice.length > 2 ? poolPrice[2] : NONE) : NONE;
            takePool(n + q, Math.min(p, r2) + epsilon);
        }
    }

    private void takePlace(int q, int person, long price) {
        int previous = placeHolder[q];
        placePrice[q] = price;
        placeHolder[q] = person;
        if (previous >= 0) {
            if (previous < n) {
                edge[previous] = -1;
            }
            enqueue(previous);
        }
    }

    private void takePool(int person, long price) {
        int previous = poolHolder[0];
        poolHolder[0] = person;
        poolPrice[0] = price;
        siftDown();
        if (previous >= 0) {
            if (previous < n) {
                edge[previous] = -1;
            }
            enqueue(previous);
        }
    }

    private void siftDown() {
        int at = 0;
        long price = poolPrice[0];
        int holder = poolHolder[0];
        int size = poolPrice.length;
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && poolPrice[child + 1] < poolPrice[child]) {
                child++;
            }
            if (poolPrice[child] >= price) {
                break;
            }
            poolPrice[at] = poolPrice[child];
            poolHolder[at] = poolHolder[child];
            at = child;
        }
        poolPrice[at] = price;
        poolHolder[at] = holder;
    }

    private void enqueue(int person) {
        queue[tail] = person;
        tail = tail == queue.length - 1 ? 0 : tail + 1;
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
