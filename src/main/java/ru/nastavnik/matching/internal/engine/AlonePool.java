package ru.nastavnik.matching.internal.engine;

/**
 * {@link Auction}'s pool of "alone" units, one per active mentee, worth 0 to everyone. The units are similar objects
 * (Bertsekas and Castañon): they have one price, {@link #level}. A person who joins a full pool pushes out the holder
 * whose best other option is worth most, and the level rises to just that option's worth, so every holder stays
 * ε-slack. Priced unit by unit, the nearly equal units rose by steps of ε in a price war between vacancy persons that
 * took most of the bids (attempt 8 in docs/matching-dense.md).
 */
final class AlonePool {

    private final CandidateGraph g;
    private final long scale;
    private final int n;
    private final Places places;
    private final int units;

    /** The pool's one price. */
    long level;

    /** The pool's holders as a max-heap by the worth of their best other option, an upper bound until looked at. */
    private final long[] heldWorth;

    private final int[] heldBy;
    private int held;

    AlonePool(int units, CandidateGraph graph, long scale, int n, Places places) {
        this.g = graph;
        this.scale = scale;
        this.n = n;
        this.places = places;
        this.units = units;
        heldWorth = new long[units + 1];
        heldBy = new int[units + 1];
    }

    /** A new phase: everyone has dropped what she held; the level stays. */
    void clear() {
        held = 0;
    }

    /**
     * The pool is the person's best option and {@code worth} her best other one. When the pool is full, the holder
     * (perhaps she) whose other option is worth most leaves, and the level rises to that worth + ε: it was within ε
     * of every holder's, so the rest stay ε-slack, and the one who leaves is. Returns who left, or -1.
     */
    int join(int person, long worth, long epsilon) {
        push(worth, person);
        if (held <= units) {
            return -1;
        }
        while (true) {
            int h = heldBy[0];
            long actual = worthElsewhere(h);
            if (actual < heldWorth[0]) {
                heldWorth[0] = actual;
                siftDown(0);
                continue;
            }
            popTop();
            level = Math.max(level, -actual + epsilon);
            return h;
        }
    }

    private long worthElsewhere(int person) {
        if (person >= n) {
            return -places.price[person - n];
        }
        long[] minPrice = places.minPrice;
        long best = -Auction.NONE;
        for (int e = g.start[person], end = g.start[person + 1]; e < end; e++) {
            long s = g.score[e] * scale;
            if (s <= best) {
                break;
            }
            best = Math.max(best, s - minPrice[g.mentor[e]]);
        }
        return best;
    }

    private void push(long worth, int person) {
        int at = held++;
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (heldWorth[parent] >= worth) {
                break;
            }
            heldWorth[at] = heldWorth[parent];
            heldBy[at] = heldBy[parent];
            at = parent;
        }
        heldWorth[at] = worth;
        heldBy[at] = person;
    }

    private void popTop() {
        held--;
        heldWorth[0] = heldWorth[held];
        heldBy[0] = heldBy[held];
        if (held > 0) {
            siftDown(0);
        }
    }

    private void siftDown(int from) {
        int at = from;
        long worth = heldWorth[at];
        int person = heldBy[at];
        while (true) {
            int child = 2 * at + 1;
            if (child >= held) {
                break;
            }
            if (child + 1 < held && heldWorth[child + 1] > heldWorth[child]) {
                child++;
            }
            if (heldWorth[child] <= worth) {
                break;
            }
            heldWorth[at] = heldWorth[child];
            heldBy[at] = heldBy[child];
            at = child;
        }
        heldWorth[at] = worth;
        heldBy[at] = person;
    }
}
