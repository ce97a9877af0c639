package ru.nastavnik.matching.internal.engine;

/**
 * Makes nearly feasible integral potentials of a complete flow feasible: a queue-based Bellman–Ford on the residual
 * network in exact costs, lowering a node's potential to what an arc into it allows until no arc is short. The
 * potentials {@link ScaledPotentials} rounds from an early auction phase are off on a few long paths only (their small
 * slacks add up past one score unit), so a few passes fix them. A flow that is not optimal has a negative cycle and
 * would never settle: a budget of arc scans stops it, and the caller then refuses.
 */
final class LabelCorrecting {

    private static final int PASSES = 4;

    private final Flow f;
    private final long[] p;
    private final int[] queue;
    private final boolean[] queued;
    private int head;
    private int tail;
    private int size;
    private long budget;

    LabelCorrecting(Flow f) {
        this.f = f;
        this.p = f.potential;
        this.queue = new int[f.sink + 1];
        this.queued = new boolean[f.sink + 1];
        this.budget = PASSES * ((long) f.g.edges() + 2L * (f.sink + 1));
    }

    /** True when every residual arc has a non-negative reduced cost; false when the budget ran out first. */
    boolean repair() {
        for (int x = 0; x <= f.sink; x++) {
            if (x >= f.n || f.active[x]) {
                enqueue(x);
            }
        }
        while (size > 0) {
            int x = queue[head];
            head = head == queue.length - 1 ? 0 : head + 1;
            size--;
            queued[x] = false;
            if (!scan(x)) {
                return false;
            }
        }
        return true;
    }

    private boolean scan(int x) {
        CandidateGraph g = f.g;
        int n = f.n;
        if (x < n) {
            int own = f.assigned[x];
            budget -= g.start[x + 1] - g.start[x] + 1;
            for (int e = g.start[x]; e < g.start[x + 1]; e++) {
                if (e != own) {
                    lower(x, n + g.mentor[e], -g.score[e]);
                }
            }
            if (own != Flow.ALONE) {
                lower(x, f.sink, 0);
            }
        } else if (x < f.sink) {
            int j = x - n;
            budget -= f.taken[j] + 1;
            for (int q = f.slotStart[j], end = q + f.taken[j]; q < end; q++) {
                int i = f.slotMentee[q];
                lower(x, i, g.score[f.assigned[i]]);
            }
            if (f.toSink[j] < f.capacity[j]) {
                lower(x, f.sink, 0);
            }
        } else {
            budget -= f.sink;
            for (int j = 0; j < f.capacity.length; j++) {
                if (f.toSink[j] > 0) {
                    lower(x, n + j, 0);
                }
            }
            for (int i = 0; i < n; i++) {
                if (f.assigned[i] == Flow.ALONE) {
                    lower(x, i, 0);
                }
            }
        }
        return budget >= 0;
    }

    private void lower(int x, int y, long cost) {
        long d = p[x] + cost;
        if (d < p[y]) {
            p[y] = d;
            enqueue(y);
        }
    }

    private void enqueue(int x) {
        if (!queued[x]) {
            queued[x] = true;
            queue[tail] = x;
            tail = tail == queue.length - 1 ? 0 : tail + 1;
            size++;
        }
    }
}
