package ru.nastavnik.matching.internal.engine;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * OR-Tools' min-cost flow (the Java face of SimpleMinCostFlow) on the engine's final candidate graph, as an
 * independent check of the total and a yardstick for the time. Costs are {@code C − score} on a mentor arc and C on
 * a mentee's arc straight to the sink (unmatched): every mentee sends one unit, so the least cost is n·C − optimum.
 */
final class OrToolsCheck {

    record Outcome(long total, long buildNanos, long solveNanos) {
    }

    static void load() {
        Loader.loadNativeLibraries();
    }

    static Outcome solve(MatchingResult result, int menteeCount, int mentorCount) {
        CandidateGraph g = result.graph;
        Pins pins = result.pins;
        long t0 = System.nanoTime();
        long c = 1;
        for (int s : g.score) {
            c = Math.max(c, s + 1L);
        }
        int sink = menteeCount + mentorCount;
        MinCostFlow flow = new MinCostFlow(sink + 1, g.edges() + menteeCount + mentorCount);
        int supplied = 0;
        for (int i = 0; i < menteeCount; i++) {
            if (!pins.active[i]) {
                continue;
            }
            supplied++;
            flow.setNodeSupply(i, 1);
            for (int e = g.start[i]; e < g.start[i + 1]; e++) {
                flow.addArcWithCapacityAndUnitCost(i, menteeCount + g.mentor[e], 1, c - g.score[e]);
            }
            flow.addArcWithCapacityAndUnitCost(i, sink, 1, c);
        }
        for (int j = 0; j < mentorCount; j++) {
            if (pins.capacity[j] > 0) {
                flow.addArcWithCapacityAndUnitCost(menteeCount + j, sink, pins.capacity[j], 0);
            }
        }
        flow.setNodeSupply(sink, -supplied);
        long t1 = System.nanoTime();
        MinCostFlowBase.Status status = flow.solve();
        long t2 = System.nanoTime();
        if (status != MinCostFlowBase.Status.OPTIMAL) {
            throw new IllegalStateException("OR-Tools: " + status);
        }
        long total = supplied * c - flow.getOptimalCost() + pins.pinnedScore;
        flow.delete();
        return new Outcome(total, t1 - t0, t2 - t1);
    }
}
