package ru.nastavnik.matching.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The matching engine: optimal assignment, suggestions for one mentee, the greedy baseline, and why a mentee was left
 * without a mentor. No Spring, no database: the caller packs the banks into a {@link MatchingInput}.
 *
 * <p>The optimum over all admissible pairs comes from pricing. The solver sees only each mentee's best K mentors (and,
 * when places are scarce, each mentor's best L mentees); its duals then price every admissible pair, those that beat
 * them join the graph and the solver continues from where it was, until none is left. Pruning alone loses little when
 * mentors are plentiful but a lot when capacity ≈ demand.
 */
public final class MatchingEngine {

    /**
     * Fewer places than this many per active mentee: mentors' best mentees join the first graph. With places to spare
     * pricing finds a handful of pairs anyway, and the mentor side would only make the graph larger.
     */
    private static final int PLENTY = 2;

    /** See {@link #crowded}. */
    private static final int CROWDED_SHARE = 10;

    /** More than one mentee in this many gaining edges in a pricing round: solve afresh (see FlowSolver#restart). */
    private static final int RESTART_SHARE = 20;

    private final Weights weights;
    private final MatchingOptions options;

    public MatchingEngine(Weights weights) {
        this(weights, MatchingOptions.defaults());
    }

    public MatchingEngine(Weights weights, MatchingOptions options) {
        this.weights = weights;
        this.options = options;
    }

    public Scorer scorer(MatchingInput input) {
        return new Scorer(input, weights);
    }

    public MatchingResult solve(MatchingInput input) {
        long t0 = System.nanoTime();
        Scorer scorer = scorer(input);
        Pins pins = new Pins(scorer);
        PairScan scan = new PairScan(scorer, new MentorIndex(input, pins.capacity), pins.active, options.parallel());
        CandidateGraph graph =
                scan.candidates(options.candidatesPerMentee(), scarce(pins) ? options.candidatesPerMentor() : 0);
        long t1 = System.nanoTime();
        long scoreNanos = t1 - t0;
        FlowSolver solver = new FlowSolver(pins.capacity, pins.active, graph, crowded(pins, scan.admissiblePairs()));
        solver.solve();
        long solveNanos = System.nanoTime() - t1;
        int rounds = 0;
        long[] u = new long[input.menteeCount];
        long[] v = new long[input.mentorCount];
        while (true) {
            duals(solver, u, v);
            if (!options.pricing()) {
                break;
            }
            long t2 = System.nanoTime();
            CandidateGraph more = scan.violations(graph, u, v, options.additionsPerMentee());
            rounds++;
            long t3 = System.nanoTime();
            scoreNanos += t3 - t2;
            if (more.edges() == 0) {
                break;
            }
            graph = graph.plus(more);
            if (menteesWithEdges(more) > input.menteeCount / RESTART_SHARE) {
                solver.restart(graph);
            } else {
                solver.addEdges(graph);
            }
            solveNanos += System.nanoTime() - t3;
        }
        int[] mentorOf = new int[input.menteeCount];
        long total = pins.pinnedScore;
        for (int i = 0; i < input.menteeCount; i++) {
            mentorOf[i] = pins.active[i] ? solver.mentorOf(i) : input.pinnedMentor[i];
            total += pins.active[i] ? solver.scoreOf(i) : 0;
        }
        Certificate certificate = new Certificate(
                u,
                v,
                pins.capacity.clone(),
                pins.pinnedScore,
                Certificate.bound(u, v, pins.capacity, pins.pinnedScore));
        MatchingStats stats = new MatchingStats(
                scan.admissiblePairs(),
                graph.edges(),
                rounds,
                solver.augmentations,
                solver.settledNodes(),
                scoreNanos,
                solveNanos);
        return new MatchingResult(mentorOf, total, certificate, stats, graph, pins);
    }

    /** The best admissible mentors of one mentee with free places, best first, each with its explanation. */
    public List<Suggestion> suggest(MatchingInput input, int mentee, int limit) {
        return suggester(input).suggest(mentee, limit);
    }

    /** Suggestions for many mentees of one input (a run's alternatives): the scorer and the index are built once. */
    public Suggester suggester(MatchingInput input) {
        return new Suggester(scorer(input));
    }

    /** The best admissible mentors with free places of any mentee of one input. */
    public static final class Suggester {

        private final Scorer scorer;
        private final MentorIndex index;

        private Suggester(Scorer scorer) {
            MatchingInput input = scorer.input();
            int[] places = new int[input.mentorCount];
            for (int j = 0; j < input.mentorCount; j++) {
                places[j] = input.freeCapacity(j);
            }
            this.scorer = scorer;
            this.index = new MentorIndex(input, places);
        }

        public List<Suggestion> suggest(int mentee, int limit) {
            TopK top = new TopK(limit);
            MatchingInput input = scorer.input();
            int org = input.menteeOrganisation[mentee];
            for (int p = index.from(org), end = index.to(org); p < end; p++) {
                offer(scorer, top, mentee, index.byOrganisation[p]);
            }
            for (int j : index.shared) {
                if (input.mentorOrganisation[j] != org) {
                    offer(scorer, top, mentee, j);
                }
            }
            long[] kept = new long[top.size()];
            int count = top.drainDescending(kept);
            List<Suggestion> suggestions = new ArrayList<>(count);
            for (int q = 0; q < count; q++) {
                int j = TopK.mentor(kept[q]);
                suggestions.add(new Suggestion(j, TopK.value(kept[q]), scorer.explain(mentee, j)));
            }
            return suggestions;
        }
    }

    /** The baseline: best pairs first, each taken if both sides are still free. */
    public GreedyResult greedy(MatchingInput input) {
        return Greedy.match(scorer(input));
    }

    /** Why the mentee has no mentor in the result; empty when she has one. */
    public Optional<UnmatchedReason> whyUnmatched(MatchingInput input, MatchingResult result, int mentee) {
        if (result.mentorOf(mentee) >= 0) {
            return Optional.empty();
        }
        return whyUnmatched(scorer(input), result, mentee);
    }

    /** As above, with the input's scorer built once by the caller (a run asks it for every mentee left). */
    public Optional<UnmatchedReason> whyUnmatched(Scorer scorer, MatchingResult result, int mentee) {
        if (result.mentorOf(mentee) >= 0) {
            return Optional.empty();
        }
        return Optional.of(UnmatchedReason.of(scorer, result.pins.capacity, mentee));
    }

    private static void offer(Scorer scorer, TopK top, int mentee, int mentor) {
        int s = scorer.evaluate(mentee, mentor);
        if (s >= 0) {
            top.offer(TopK.key(s, mentor));
        }
    }

    private static boolean scarce(Pins pins) {
        long places = 0;
        long mentees = 0;
        for (int c : pins.capacity) {
            places += c;
        }
        for (boolean a : pins.active) {
            mentees += a ? 1 : 0;
        }
        return places < PLENTY * mentees;
    }

    /**
     * Scarce places and a dense region: each mentee's admissible mentors are at least a tenth of the open ones. Only
     * there the auction's prices are close to the duals (mentees compete for the same mentors). Measured
     * (docs/matching-dense.md): on the dense scarce region the auction start halved the first solve, on the other
     * three benchmark regions it made the solve 6-45× slower: its prices there overshoot the duals and every search
     * that lowers one passes through the sink, which reaches every mentor.
     */
    private static boolean crowded(Pins pins, long admissiblePairs) {
        long open = 0;
        long mentees = 0;
        for (int c : pins.capacity) {
            open += c > 0 ? 1 : 0;
        }
        for (boolean a : pins.active) {
            mentees += a ? 1 : 0;
        }
        return scarce(pins) && admissiblePairs * CROWDED_SHARE >= mentees * open;
    }

    private static int menteesWithEdges(CandidateGraph g) {
        int count = 0;
        for (int i = 0; i < g.mentees(); i++) {
            count += g.start[i + 1] > g.start[i] ? 1 : 0;
        }
        return count;
    }

    private static void duals(FlowSolver solver, long[] u, long[] v) {
        for (int i = 0; i < u.length; i++) {
            u[i] = solver.menteeDual(i);
        }
        for (int j = 0; j < v.length; j++) {
            v[j] = solver.mentorDual(j);
        }
    }
}
