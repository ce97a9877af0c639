package ru.nastavnik.matching.internal.engine;

/**
 * Exact max-weight b-matching by successive shortest paths with node potentials, on the candidate graph's arrays.
 *
 * <p>The network: each active mentee supplies one unit; it flows to a mentor (cost −score) and on to the sink (up to the
 * mentor's capacity), or straight to the sink, which is how a mentee stays unmatched at cost 0. Reduced costs
 * {@code cost + π(from) − π(to)} stay non-negative on every residual arc, so each augmentation is one Dijkstra run
 * ({@link PathSearch}) that stops at the first node short of flow. In profit terms {@code u_i = π_i − π_sink} and
 * {@code v_j = π_sink − π_j} are the duals of the LP; clamped at zero they are the certificate.
 */
final class FlowSolver {

    private final Flow f;
    private final PathSearch search;
    long augmentations;
    /** Auction starts whose potentials did not prove optimal (then solved by paths): for tests. */
    int refusals;

    /** Early tries that did not prove optimal (the auction then went on): for the benchmark's notes. */
    int earlyRefusals;

    /**
     * The auction's assignment is tried from the phase whose ε is at most an EARLY-th of a score unit. Scores are sums
     * of whole points per criterion, so ties within a fraction of a point are rare and the assignment is usually
     * optimal long before ε = 1 (measured on the dense scarce region, docs/matching-dense.md, attempt 9); a try that
     * does not prove it costs one Dijkstra run and the auction goes on.
     */
    private static final long EARLY = 8;

    private final boolean auctionStart;

    /** {@code auctionStart}: cold solves start from an {@link Auction}'s prices ({@link #solve}). */
    FlowSolver(int[] capacity, boolean[] active, CandidateGraph graph, boolean auctionStart) {
        f = new Flow(capacity, active, graph);
        search = new PathSearch(f);
        this.auctionStart = auctionStart;
    }

    /**
     * From nothing. With {@code auctionStart}, the {@link Auction}'s optimal assignment and its scaled prices, made
     * exact potentials by one Dijkstra run ({@link ScaledPotentials}), which also proves the assignment optimal; if
     * that proof fails (it should not), the shortest paths alone.
     */
    void solve() {
        if (auctionStart) {
            Auction auction = new Auction(f.capacity, f.active, f.g);
            long[] phi = new long[f.sink + 1];
            while (true) {
                boolean last = auction.phase();
                if (last || auction.epsilon() <= auction.scale / EARLY) {
                    f.clear();
                    auction.potentials(f, phi);
                    if (ScaledPotentials.apply(f, auction.scale, phi)) {
                        return;
                    }
                    earlyRefusals++;
                }
                if (last) {
                    break;
                }
            }
            refusals++;
        }
        solveByPaths();
    }

    /** From nothing by shortest paths alone: u_i = best score (or 0), v_j = 0 make every reduced cost non-negative. */
    void solveByPaths() {
        f.clear();
        for (int i = 0; i < f.n; i++) {
            if (f.active[i]) {
                f.potential[i] = f.g.start[i + 1] > f.g.start[i] ? f.g.score[f.g.start[i]] : 0; // rows best first
            }
        }
        for (int i : order()) {
            augmentFrom(i);
        }
    }

    private int[] order() {
        CandidateGraph g = f.g;
        long[] byBest = new long[f.required];
        int k = 0;
        int maxDegree = 0;
        for (int i = 0; i < f.n; i++) {
            if (f.active[i]) {
                int degree = g.start[i + 1] - g.start[i];
                maxDegree = Math.max(maxDegree, degree);
                long best = degree > 0 ? g.score[g.start[i]] : 0;
                byBest[k++] = -(best << 32 | (Integer.MAX_VALUE - i));
            }
        }
        java.util.Arrays.sort(byBest);
        // fewest candidates first, best first among equals (a stable counting sort by degree): measured on the scarce
        // benchmark it settles a tenth fewer nodes than best first alone (a quarter fewer than index order), and
        // more candidates first settles half again as many
        int[] from = new int[maxDegree + 2];
        for (long key : byBest) {
            from[degree(g, key) + 1]++;
        }
        for (int d = 0; d <= maxDegree; d++) {
            from[d + 1] += from[d];
        }
        int[] order = new int[k];
        for (long key : byBest) {
            order[from[degree(g, key)]++] = Integer.MAX_VALUE - (int) (-key & 0xFFFFFFFFL);
        }
        return order;
    }

    private static int degree(CandidateGraph g, long key) {
        int i = Integer.MAX_VALUE - (int) (-key & 0xFFFFFFFFL);
        return g.start[i + 1] - g.start[i];
    }

    /**
     * Starts over on a larger graph. Measured on the scarce benchmark: when thousands of mentees gain edges, solving
     * afresh settles fewer nodes than repairing the old flow, because fresh searches only ever raise prices and end
     * at the sink, reachable in many ways; repairs must lower the prices of the mentors their mentees left, and each
     * such search must find its way to one particular mentor.
     */
    void restart(CandidateGraph merged) {
        f.g = merged;
        solve();
    }

    /**
     * Takes a graph that is the current one plus a few new edges ({@link CandidateGraph#plus}) and re-optimises warm:
     * a mentee whose new edge beats her dual has her potential raised to fit and is withdrawn. A mentor priced at 0
     * gives her place back to the sink, which is then short and reachable in many ways; a mentor with a price keeps
     * the flow to the sink (a free place would undercut her price) and waits for a mentee: the searches that follow
     * end at such mentors or at the sink, and the old potentials keep the rest of the graph settled.
     */
    void addEdges(CandidateGraph merged) {
        CandidateGraph old = f.g;
        f.g = merged;
        long[] potential = f.potential;
        int[] withdrawn = new int[f.n];
        int count = 0;
        for (int i = 0; i < f.n; i++) {
            int own = f.assigned[i];
            if (merged.start[i + 1] - merged.start[i] == old.start[i + 1] - old.start[i]) {
                if (own >= 0) {
                    f.assigned[i] = own + merged.start[i] - old.start[i]; // no new edge: the same row, moved
                }
                continue;
            }
            long needed = potential[i];
            for (int e = merged.start[i]; e < merged.start[i + 1]; e++) {
                if (own >= 0 && merged.mentor[e] == old.mentor[own]) {
                    f.assigned[i] = e;
                }
                needed = Math.max(needed, merged.score[e] + potential[f.n + merged.mentor[e]]);
            }
            if (needed > potential[i] && f.active[i]) {
                potential[i] = Math.max(needed, potential[f.sink]);
                int left = mentorOf(i);
                f.withdraw(i);
                if (left >= 0 && potential[f.n + left] == potential[f.sink]) {
                    f.release(left);
                }
                withdrawn[count++] = i;
            }
        }
        for (int k = 0; k < count; k++) {
            augmentFrom(withdrawn[k]);
        }
    }

    int mentorOf(int mentee) {
        int e = f.assigned[mentee];
        return e >= 0 ? f.g.mentor[e] : -1;
    }

    int scoreOf(int mentee) {
        int e = f.assigned[mentee];
        return e >= 0 ? f.g.score[e] : 0;
    }

    /** Mentees outside the solve (pinned, no consent) are never settled; their potential means nothing. */
    long menteeDual(int mentee) {
        return f.active[mentee] ? Math.max(0, f.potential[mentee] - f.potential[f.sink]) : 0;
    }

    long mentorDual(int mentor) {
        return f.capacity[mentor] == 0 ? 0 : Math.max(0, f.potential[f.sink] - f.potential[f.n + mentor]);
    }

    long settledNodes() {
        return search.settledNodes;
    }

    String audit() {
        return f.audit();
    }

    private void augmentFrom(int s) {
        augmentations++;
        if (!direct(s)) {
            f.augment(s, search.run(s), search.pred, search.predEdge);
        }
    }

    /**
     * A path of reduced cost 0 is a shortest one: most mentees take their best mentor this way, without a heap — a
     * mentor short of a mentee, or one with a free place while the sink is short.
     */
    private boolean direct(int s) {
        CandidateGraph g = f.g;
        long[] potential = f.potential;
        long ps = potential[s];
        long pSink = potential[f.sink];
        boolean sinkShort = f.sinkShort();
        for (int e = g.start[s]; e < g.start[s + 1]; e++) {
            if (g.score[e] < ps) {
                break; // mentor potentials never exceed 0 (Flow), so this and every later edge has rc > 0
            }
            int j = g.mentor[e];
            if (ps - g.score[e] - potential[f.n + j] != 0) {
                continue;
            }
            boolean waiting = f.toSink[j] > f.taken[j];
            if (waiting || sinkShort && f.toSink[j] < f.capacity[j] && potential[f.n + j] == pSink) {
                f.assigned[s] = e;
                f.addSlot(j, s);
                if (!waiting) {
                    f.toSink[j]++;
                    f.sinkInflow++;
                }
                return true;
            }
        }
        if (sinkShort && ps == pSink) {
            f.assigned[s] = Flow.ALONE;
            f.sinkInflow++;
            return true;
        }
        return false;
    }
}
