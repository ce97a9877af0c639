package ru.nastavnik.matching.internal.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The matching benchmark (not a test; bench/matching/run): one JSON line per scenario on a seeded synthetic region.
 * Each scenario is solved twice, by the engine and by OR-Tools alike: the main figures are of the second run (the JIT
 * has compiled the engine, as in a server that has matched before); {@code firstRun*} are of the first, in a fresh JVM.
 * The second run is followed by everything a stored run costs — the certificate check and the greedy baseline — and
 * {@code peakHeapMb} covers all of them (OR-Tools keeps its graph off the heap).
 */
public final class MatchingBenchmark {

    private MatchingBenchmark() {
    }

    /** Usage: [seed] [scenario names, comma-separated; all when absent]. */
    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 42;
        java.util.Set<String> only = args.length > 1 ? java.util.Set.of(args[1].split(",")) : null;
        OrToolsCheck.load();
        SyntheticRegion.Shape usual = SyntheticRegion.Shape.usual();
        SyntheticRegion.Shape dense = SyntheticRegion.Shape.dense();
        run(only, "plentiful", seed, usual, 10_000, 30_000);
        run(only, "scarce", seed, usual, 10_000, 6_000);
        run(only, "dense-plentiful", seed, dense, 10_000, 30_000);
        run(only, "dense-scarce", seed, dense, 10_000, 6_000);
    }

    private static void run(java.util.Set<String> only, String scenario, long seed, SyntheticRegion.Shape shape,
            int mentees, int mentors) {
        if (only == null || only.contains(scenario)) {
            run(scenario, seed, shape, mentees, mentors);
        }
    }

    private static void run(String scenario, long seed, SyntheticRegion.Shape shape, int mentees, int mentors) {
        MatchingInput in = new SyntheticRegion(seed, shape).generate(mentees, mentors, 3);
        MatchingEngine engine = new MatchingEngine(Weights.defaults());
        MatchingResult firstResult = engine.solve(in);
        MatchingStats first = firstResult.stats();
        OrToolsCheck.Outcome firstOrtools = OrToolsCheck.solve(firstResult, mentees, mentors);
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        MatchingResult result = engine.solve(in);
        long enginePeak = peakHeap();
        MatchingStats s = result.stats();
        long v0 = System.nanoTime();
        CertificateCheck.Outcome check = CertificateCheck.verify(engine.scorer(in), result);
        long verifyNanos = System.nanoTime() - v0;
        long g0 = System.nanoTime();
        GreedyResult greedy = engine.greedy(in);
        long greedyNanos = System.nanoTime() - g0;
        OrToolsCheck.Outcome ortools = OrToolsCheck.solve(result, mentees, mentors);
        long peak = peakHeap();
        double ortoolsMillis = millis(ortools.buildNanos() + ortools.solveNanos());
        System.out.println("{\"scenario\":\"" + scenario + "\",\"shape\":\"" + shape + "\",\"mentees\":" + mentees
                + ",\"mentors\":" + mentors + ",\"places\":" + places(result) + ",\"activeMentees\":" + active(result)
                + ",\"admissiblePairs\":" + s.admissiblePairs() + ",\"candidateEdges\":" + s.candidateEdges()
                + ",\"pricingRounds\":" + s.pricingRounds() + ",\"scoreMillis\":" + fmt(millis(s.scoreNanos()))
                + ",\"solveMillis\":" + fmt(millis(s.solveNanos()))
                + ",\"scorePlusSolveMillis\":" + fmt(millis(s.scoreNanos() + s.solveNanos()))
                + ",\"totalScore\":" + result.totalScore()
                + ",\"dualBound\":" + result.dualBound() + ",\"greedyTotal\":" + greedy.totalScore()
                + ",\"ortoolsTotal\":" + ortools.total() + ",\"ortoolsMillis\":" + fmt(ortoolsMillis)
                + ",\"ortoolsSolveOnlyMillis\":" + fmt(millis(ortools.solveNanos()))
                + ",\"ratio\":" + fmt(millis(s.solveNanos()) / ortoolsMillis)
                + ",\"ratioSolveOnly\":" + fmt(millis(s.solveNanos()) / millis(ortools.solveNanos()))
                + ",\"greedyMillis\":" + fmt(millis(greedyNanos)) + ",\"engineHeapMb\":" + enginePeak
                + ",\"peakHeapMb\":" + peak
                + ",\"firstRunScoreMillis\":" + fmt(millis(first.scoreNanos()))
                + ",\"firstRunSolveMillis\":" + fmt(millis(first.solveNanos()))
                + ",\"firstRunOrtoolsMillis\":" + fmt(millis(firstOrtools.buildNanos() + firstOrtools.solveNanos()))
                + ",\"matched\":" + result.matchedCount() + ",\"augmentations\":" + s.augmentations()
                + ",\"certificateValid\":" + check.valid() + ",\"verifyMillis\":" + fmt(millis(verifyNanos)) + "}");
        if (!check.valid()) {
            System.err.println(scenario + ": " + check.problem());
        }
    }

    private static long places(MatchingResult r) {
        long sum = 0;
        for (int c : r.pins.capacity) {
            sum += c;
        }
        return sum;
    }

    private static int active(MatchingResult r) {
        int count = 0;
        for (boolean a : r.pins.active) {
            count += a ? 1 : 0;
        }
        return count;
    }

    /** Sum of the heap pools' peaks since the reset: an upper bound of the live heap's peak. */
    private static long peakHeap() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes >> 20;
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static String fmt(double x) {
        return String.format(java.util.Locale.ROOT, "%.1f", x);
    }
}
