package ru.nastavnik.matching.internal.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The matching benchmark (not a test; bench/matching/run): one JSON line per scenario on a seeded synthetic region.
 * Each scenario is solved twice, by the engine and by OR-Tools alike: the main figures are of the second run (the JIT
 * has compiled the engine, as in a server that has matched before); {@code firstRun*} are of the first, in a fresh JVM.
 */
public final class MatchingBenchmark {

    private MatchingBenchmark() {
    }

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 42;
        OrToolsCheck.load();
        run("plentiful", seed, 10_000, 30_000);
        run("scarce", seed, 10_000, 6_000);
    }

    private static void run(String scenario, long seed, int mentees, int mentors) {
        MatchingInput in = new SyntheticRegion(seed).generate(mentees, mentors, 3, 0.10);
        MatchingEngine engine = new MatchingEngine(Weights.defaults());
        MatchingResult firstResult = engine.solve(in);
        MatchingStats first = firstResult.stats();
        OrToolsCheck.Outcome firstOrtools = OrToolsCheck.solve(firstResult, mentees, mentors);
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        MatchingResult result = engine.solve(in);
        long peak = peakHeap();
        MatchingStats s = result.stats();
        long v0 = System.nanoTime();
        CertificateCheck.Outcome check = CertificateCheck.verify(engine.scorer(in), result);
        long verifyNanos = System.nanoTime() - v0;
        GreedyResult greedy = engine.greedy(in);
        OrToolsCheck.Outcome ortools = OrToolsCheck.solve(result, mentees, mentors);
        double ortoolsMillis = millis(ortools.buildNanos() + ortools.solveNanos());
        System.out.println("{\"scenario\":\"" + scenario + "\",\"mentees\":" + mentees + ",\"mentors\":" + mentors
                + ",\"admissiblePairs\":" + s.admissiblePairs() + ",\"candidateEdges\":" + s.candidateEdges()
                + ",\"pricingRounds\":" + s.pricingRounds() + ",\"scoreMillis\":" + fmt(millis(s.scoreNanos()))
                + ",\"solveMillis\":" + fmt(millis(s.solveNanos())) + ",\"totalScore\":" + result.totalScore()
                + ",\"dualBound\":" + result.dualBound() + ",\"greedyTotal\":" + greedy.totalScore()
                + ",\"ortoolsTotal\":" + ortools.total() + ",\"ortoolsMillis\":" + fmt(ortoolsMillis)
                + ",\"ortoolsSolveOnlyMillis\":" + fmt(millis(ortools.solveNanos()))
                + ",\"ratio\":" + fmt(millis(s.solveNanos()) / ortoolsMillis) + ",\"peakHeapMb\":" + peak
                + ",\"firstRunScoreMillis\":" + fmt(millis(first.scoreNanos()))
                + ",\"firstRunSolveMillis\":" + fmt(millis(first.solveNanos()))
                + ",\"firstRunOrtoolsMillis\":" + fmt(millis(firstOrtools.buildNanos() + firstOrtools.solveNanos()))
                + ",\"matched\":" + result.matchedCount() + ",\"augmentations\":" + s.augmentations()
                + ",\"certificateValid\":" + check.valid() + ",\"verifyMillis\":" + fmt(millis(verifyNanos)) + "}");
        if (!check.valid()) {
            System.err.println(scenario + ": " + check.problem());
        }
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
