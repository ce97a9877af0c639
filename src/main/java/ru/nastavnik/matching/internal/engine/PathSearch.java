package ru.nastavnik.matching.internal.engine;

/**
 * Dijkstra on the residual network in reduced costs, from one mentee to the nearest node short of flow; then the
 * potentials of the settled nodes move by {@code dist − D} (D the target's distance), which keeps every reduced cost
 * non-negative and makes the path's arcs tight. Nodes farther than the best target found so far are never queued.
 */
final class PathSearch {

    private final Flow f;
    private final long[] dist;
    /** 2·stamp: queued in this search, 2·stamp + 1: settled; one array, since each relaxation reads it. */
    private final int[] mark;

    final int[] pred;
    final int[] predEdge;
    private final int[] settled;
    private final NodeHeap heap;
    private int queued;
    private long bound;
    long settledNodes;

    PathSearch(Flow flow) {
        this.f = flow;
        int nodes = flow.sink + 1;
        dist = new long[nodes];
        mark = new int[nodes];
        pred = new int[nodes];
        predEdge = new int[nodes];
        settled = new int[nodes];
        heap = new NodeHeap(nodes, dist);
    }

    /** The node where the shortest path from s ends; potentials are updated, the path is in pred/predEdge. */
    int run(int s) {
        queued += 2;
        heap.clear();
        bound = Long.MAX_VALUE;
        int count = 0;
        reach(s, 0, -1, -1);
        int target = -1;
        while (!heap.isEmpty()) {
            int x = heap.pop();
            mark[x] = queued + 1;
            settled[count++] = x;
            if (f.deficit(x)) {
                target = x;
                break;
            }
            if (x < f.n) {
                expandMentee(x);
            } else if (x < f.sink) {
                expandMentor(x - f.n);
            } else {
                expandSink();
            }
        }
        if (target < 0) {
            throw new IllegalStateException("No augmenting path from mentee " + s);
        }
        settledNodes += count;
        long d = dist[target];
        for (int k = 0; k < count; k++) {
            int x = settled[k];
            f.potential[x] += dist[x] - d;
        }
        return target;
    }

    private void reach(int y, long d, int from, int edge) {
        if (d >= bound) {
            return;
        }
        int m = mark[y];
        if (m == queued) {
            if (d >= dist[y]) {
                return;
            }
            dist[y] = d;
            heap.decreased(y);
        } else if (m == queued + 1) {
            return;
        } else {
            mark[y] = queued;
            dist[y] = d;
            heap.push(y);
        }
        pred[y] = from;
        predEdge[y] = edge;
        if (f.deficit(y)) {
            bound = d;
        }
    }

    private void expandMentee(int i) {
        CandidateGraph g = f.g;
        long[] potential = f.potential;
        long di = dist[i];
        long pi = potential[i];
        int own = f.assigned[i];
        for (int e = g.start[i], end = g.start[i + 1]; e < end; e++) {
            if (di + pi - g.score[e] >= bound) {
                break; // a mentor's potential is at most 0 and the row is best score first: no later edge is shorter
            }
            if (e != own) {
                int j = f.n + g.mentor[e];
                long rc = pi - g.score[e] - potential[j];
                assert rc >= 0 : "negative reduced cost on " + i + " → " + g.mentor[e];
                reach(j, di + rc, i, e);
            }
        }
        if (own != Flow.ALONE) {
            reach(f.sink, di + pi - potential[f.sink], i, -1);
        }
    }

    private void expandMentor(int j) {
        long[] potential = f.potential;
        int node = f.n + j;
        long dj = dist[node];
        long pj = potential[node];
        for (int k = f.slotStart[j], end = k + f.taken[j]; k < end; k++) {
            int i = f.slotMentee[k];
            long rc = f.g.score[f.assigned[i]] + pj - potential[i];
            assert rc >= 0 : "negative reduced cost on " + j + " ← " + i;
            reach(i, dj + rc, node, -1);
        }
        if (f.toSink[j] < f.capacity[j]) {
            reach(f.sink, dj + pj - potential[f.sink], node, -1);
        }
    }

    /** Only after edges were added warm, when a mentor is short: the sink may give back a unit it received. */
    private void expandSink() {
        long dt = dist[f.sink];
        long pt = f.potential[f.sink];
        for (int j = 0; j < f.capacity.length; j++) {
            if (f.toSink[j] > 0) {
                reach(f.n + j, dt + pt - f.potential[f.n + j], f.sink, -1);
            }
        }
        for (int i = 0; i < f.n; i++) {
            if (f.assigned[i] == Flow.ALONE) {
                reach(i, dt + pt - f.potential[i], f.sink, -1);
            }
        }
    }
}
