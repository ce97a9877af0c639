package ru.nastavnik.matching.internal.engine;

/**
 * Exact integral potentials for a complete flow from nearly exact scaled ones, by one Dijkstra run. With scaled
 * potentials φ, the lengths {@code ℓ = max(0, cost·S + φ(x) − φ(y))} are non-negative, and a path's ℓ-length is
 * {@code S·cost} plus the sum of its arcs' shortfalls below 0 plus the difference of its ends' φ. While that sum stays
 * below S on a cheapest path, the shortest ℓ-path from "anywhere at 0" is a shortest path in cost and its cost is that
 * length ÷ S, rounded down. From an early auction phase the shortfalls can add up past S on long paths; a label
 * correcting pass in exact costs ({@link LabelCorrecting}) then lowers the few potentials that are off. Both are
 * checked at the end in exact arithmetic (which also proves that no residual cycle is negative, i.e. the flow is
 * optimal), so a wrong φ can only make {@link #apply} refuse, never lie.
 */
final class ScaledPotentials {

    private final Flow f;
    private final long scale;
    private final long[] phi;
    private final long[] key;
    private final boolean[] settled;

    private ScaledPotentials(Flow f, long scale, long[] phi) {
        this.f = f;
        this.scale = scale;
        this.phi = phi;
        this.key = new long[f.sink + 1];
        this.settled = new boolean[f.sink + 1];
    }

    /** Writes exact potentials into the flow, or returns false (the flow's potentials then mean nothing). */
    static boolean apply(Flow f, long scale, long[] phi) {
        return new ScaledPotentials(f, scale, phi).run();
    }

    private boolean run() {
        NodeHeap heap = new NodeHeap(f.sink + 1, key);
        for (int x = 0; x <= f.sink; x++) {
            if (x >= f.n || f.active[x]) {
                key[x] = -phi[x];
                heap.push(x);
            }
        }
        while (!heap.isEmpty()) {
            int x = heap.pop();
            settled[x] = true;
            relaxFrom(x, heap);
        }
        long[] potential = f.potential;
        long highest = Long.MIN_VALUE;
        for (int x = 0; x <= f.sink; x++) {
            potential[x] = x >= f.n || f.active[x] ? Math.floorDiv(key[x] + phi[x], scale) : 0;
        }
        if (!new LabelCorrecting(f).repair()) {
            return false;
        }
        for (int x = f.n; x <= f.sink; x++) {
            highest = Math.max(highest, potential[x]);
        }
        // a distance from "anywhere at 0" leaves a mentee at 0 below her mentor's offer; raised to what her one
        // incoming arc allows, her own edge is tight (complementary slackness) and her other arcs only gain
        for (int i = 0; i < f.n; i++) {
            if (f.active[i]) {
                int own = f.assigned[i];
                potential[i] = own >= 0 ? f.g.score[own] + potential[f.n + f.g.mentor[own]] : potential[f.sink];
            }
        }
        // one shift for all keeps every reduced cost; with the highest mentor at 0 the searches' cut-offs, which
        // assume only that no mentor is above 0 (Flow), stay as sharp as after a solve by paths
        for (int x = 0; x <= f.sink; x++) {
            potential[x] -= x >= f.n || f.active[x] ? highest : 0;
        }
        return minReducedCost(f, 1, potential) >= 0;
    }

    private void relaxFrom(int x, NodeHeap heap) {
        CandidateGraph g = f.g;
        int n = f.n;
        if (x < n) {
            int own = f.assigned[x];
            for (int e = g.start[x]; e < g.start[x + 1]; e++) {
                if (e != own) {
                    relax(x, n + g.mentor[e], -g.score[e], heap);
                }
            }
            if (own != Flow.ALONE) {
                relax(x, f.sink, 0, heap);
            }
        } else if (x < f.sink) {
            int j = x - n;
            for (int q = f.slotStart[j], end = q + f.taken[j]; q < end; q++) {
                int i = f.slotMentee[q];
                relax(x, i, g.score[f.assigned[i]], heap);
            }
            if (f.toSink[j] < f.capacity[j]) {
                relax(x, f.sink, 0, heap);
            }
        } else {
            for (int j = 0; j < f.capacity.length; j++) {
                if (f.toSink[j] > 0) {
                    relax(x, n + j, 0, heap);
                }
            }
            for (int i = 0; i < n; i++) {
                if (f.assigned[i] == Flow.ALONE) {
                    relax(x, i, 0, heap);
                }
            }
        }
    }

    private void relax(int x, int y, long cost, NodeHeap heap) {
        if (settled[y]) {
            return;
        }
        long d = key[x] + Math.max(0, cost * scale + phi[x] - phi[y]);
        if (d < key[y]) {
            key[y] = d;
            heap.decreased(y);
        }
    }

    /** The least {@code cost·s + p(x) − p(y)} over the residual arcs of the flow. */
    static long minReducedCost(Flow f, long s, long[] p) {
        CandidateGraph g = f.g;
        int n = f.n;
        long least = Long.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            if (!f.active[i]) {
                continue;
            }
            int own = f.assigned[i];
            for (int e = g.start[i]; e < g.start[i + 1]; e++) {
                long rc = -g.score[e] * s + p[i] - p[n + g.mentor[e]];
                least = Math.min(least, e == own ? -rc : rc);
            }
            long alone = p[i] - p[f.sink];
            least = Math.min(least, own == Flow.ALONE ? -alone : alone);
        }
        for (int j = 0; j < f.capacity.length; j++) {
            long rc = p[n + j] - p[f.sink];
            if (f.toSink[j] < f.capacity[j]) {
                least = Math.min(least, rc);
            }
            if (f.toSink[j] > 0) {
                least = Math.min(least, -rc);
            }
        }
        return least;
    }
}
