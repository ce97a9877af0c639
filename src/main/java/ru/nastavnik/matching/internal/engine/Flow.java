package ru.nastavnik.matching.internal.engine;

import java.util.Arrays;

/**
 * The state of the matching network: which edge each mentee uses (or none, or "alone" — straight to the sink), the
 * mentees of each mentor, each mentor's flow to the sink and the node potentials. A mentor whose flow to the sink
 * exceeds her mentees is short (waits for a mentee), as is the sink until every active mentee arrived.
 *
 * <p>Potentials start at 0 (mentees: their best score), a search only lowers them and only a mentee's is ever raised
 * (FlowSolver#addEdges), so no mentor's potential exceeds 0: searches rely on that to cut rows short.
 */
final class Flow {

    static final int UNASSIGNED = -1;
    static final int ALONE = -2;

    final int n;
    final int sink;
    final int[] capacity;
    final boolean[] active;
    final int required;
    CandidateGraph g;

    final long[] potential;
    final int[] assigned;
    final int[] slotStart;
    final int[] taken;
    final int[] slotMentee;
    final int[] toSink;
    int sinkInflow;

    Flow(int[] capacity, boolean[] active, CandidateGraph graph) {
        this.n = active.length;
        this.sink = n + capacity.length;
        this.capacity = capacity;
        this.active = active;
        this.g = graph;
        int r = 0;
        for (boolean a : active) {
            r += a ? 1 : 0;
        }
        required = r;
        potential = new long[sink + 1];
        assigned = new int[n];
        slotStart = new int[capacity.length + 1];
        for (int j = 0; j < capacity.length; j++) {
            slotStart[j + 1] = slotStart[j] + capacity[j];
        }
        taken = new int[capacity.length];
        slotMentee = new int[slotStart[capacity.length]];
        toSink = new int[capacity.length];
        clear();
    }

    void clear() {
        Arrays.fill(assigned, UNASSIGNED);
        Arrays.fill(taken, 0);
        Arrays.fill(toSink, 0);
        Arrays.fill(potential, 0);
        sinkInflow = 0;
    }

    boolean sinkShort() {
        return required - sinkInflow > 0;
    }

    boolean deficit(int x) {
        if (x == sink) {
            return sinkShort();
        }
        return x >= n && toSink[x - n] > taken[x - n];
    }

    /** Takes the mentee off her mentor (who stays short) or off the sink. */
    void withdraw(int i) {
        int e = assigned[i];
        if (e == ALONE) {
            sinkInflow--;
        } else if (e >= 0) {
            removeSlot(g.mentor[e], i);
        }
        assigned[i] = UNASSIGNED;
    }

    /** The mentor, short since her mentee was withdrawn, returns the unit to the sink: fine only at price 0. */
    void release(int j) {
        toSink[j]--;
        sinkInflow--;
    }

    /** Sends one unit along the path that {@code pred} (and {@code predEdge}, for mentor nodes) trace back to s. */
    void augment(int s, int target, int[] pred, int[] predEdge) {
        int y = target;
        while (y != s) {
            int x = pred[y];
            if (x < n) {
                if (y == sink) {
                    assigned[x] = ALONE;
                    sinkInflow++;
                } else {
                    assigned[x] = predEdge[y];
                    addSlot(y - n, x);
                }
            } else if (x < sink) {
                if (y == sink) {
                    toSink[x - n]++;
                    sinkInflow++;
                } else {
                    removeSlot(x - n, y);
                }
            } else {
                // the unit leaves the sink; a mentee leaving "alone" already got her new edge from the next arc
                sinkInflow--;
                if (y >= n) {
                    toSink[y - n]--;
                }
            }
            y = x;
        }
    }

    void addSlot(int j, int i) {
        slotMentee[slotStart[j] + taken[j]++] = i;
    }

    private void removeSlot(int j, int i) {
        int from = slotStart[j];
        int last = from + --taken[j];
        for (int k = from; k <= last; k++) {
            if (slotMentee[k] == i) {
                slotMentee[k] = slotMentee[last];
                return;
            }
        }
        throw new IllegalStateException("Mentee " + i + " is not with mentor " + j);
    }

    /** The first residual arc with a negative reduced cost or node out of balance, or null: for tests. */
    String audit() {
        for (int i = 0; i < n; i++) {
            if (!active[i]) {
                continue;
            }
            if (assigned[i] == UNASSIGNED) {
                return "mentee " + i + " unassigned";
            }
            for (int e = g.start[i]; e < g.start[i + 1]; e++) {
                long rc = potential[i] - g.score[e] - potential[n + g.mentor[e]];
                if (e == assigned[i] ? rc != 0 : rc < 0) {
                    return "edge " + i + " → " + g.mentor[e] + " has reduced cost " + rc;
                }
            }
            long alone = potential[i] - potential[sink];
            if (assigned[i] == ALONE ? alone > 0 : alone < 0) {
                return "mentee " + i + " has reduced cost " + alone + " to the sink";
            }
        }
        for (int j = 0; j < capacity.length; j++) {
            long rc = potential[n + j] - potential[sink];
            if (toSink[j] != taken[j]) {
                return "mentor " + j + " is out of balance";
            }
            if (toSink[j] < capacity[j] && rc < 0 || toSink[j] > 0 && rc > 0) {
                return "mentor " + j + " has reduced cost " + rc + " to the sink at flow " + toSink[j];
            }
        }
        return sinkShort() ? "the sink is short by " + (required - sinkInflow) : null;
    }
}
