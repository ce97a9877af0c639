package ru.nastavnik.matching.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FlowSolverTests {

    /** The auction's assignment is optimal by itself: its potentials prove it, without a single path search. */
    @Test
    void auctionSolveEqualsShortestPathsAloneOnDenseAndTightGraphs() {
        for (long seed = 0; seed < 200; seed++) {
            boolean tight = seed % 2 == 0;
            MatchingInput in = MatchingFixtures.random(seed, 80, tight ? 30 : 90, tight, seed % 3 == 0);
            Scorer scorer = new Scorer(in, Weights.defaults());
            Pins pins = new Pins(scorer);
            PairScan scan = new PairScan(scorer, new MentorIndex(in, pins.capacity), pins.active, false);
            CandidateGraph graph = scan.candidates(1 + (int) (seed % 5), seed % 3 == 0 ? 0 : 2);
            FlowSolver auction = new FlowSolver(pins.capacity, pins.active, graph, true);
            auction.solve();
            FlowSolver paths = new FlowSolver(pins.capacity, pins.active, graph, false);
            paths.solveByPaths();
            long a = 0;
            long b = 0;
            for (int i = 0; i < in.menteeCount(); i++) {
                a += auction.scoreOf(i);
                b += paths.scoreOf(i);
            }
            assertThat(auction.audit()).as("seed %d", seed).isNull();
            assertThat(auction.refusals).as("seed %d", seed).isZero();
            assertThat(auction.augmentations).as("seed %d", seed).isZero();
            assertThat(a).as("seed %d", seed).isEqualTo(b);
        }
    }

    @Test
    void everyResidualArcKeepsANonNegativeReducedCostColdWarmAndRestarted() {
        for (long seed = 0; seed < 60; seed++) {
            MatchingInput in = MatchingFixtures.random(seed, 80, seed % 2 == 0 ? 30 : 90, seed % 2 == 0);
            for (boolean warm : new boolean[] {true, false}) {
                boolean auction = seed % 4 < 2;
                Scorer scorer = new Scorer(in, Weights.defaults());
                Pins pins = new Pins(scorer);
                PairScan scan = new PairScan(scorer, new MentorIndex(in, pins.capacity), pins.active, false);
                CandidateGraph graph = scan.candidates(1, seed % 3 == 0 ? 0 : 2);
                FlowSolver solver = new FlowSolver(pins.capacity, pins.active, graph, auction);
                solver.solve();
                assertThat(solver.audit()).as("seed %d cold", seed).isNull();
                long[] u = new long[in.menteeCount()];
                long[] v = new long[in.mentorCount()];
                for (int round = 0; round < 20; round++) {
                    for (int i = 0; i < u.length; i++) {
                        u[i] = solver.menteeDual(i);
                    }
                    for (int j = 0; j < v.length; j++) {
                        v[j] = solver.mentorDual(j);
                    }
                    CandidateGraph more = scan.violations(graph, u, v, 1);
                    if (more.edges() == 0) {
                        break;
                    }
                    graph = graph.plus(more);
                    if (warm) {
                        solver.addEdges(graph);
                    } else {
                        solver.restart(graph);
                    }
                    assertThat(solver.audit())
                            .as("seed %d round %d warm %s", seed, round, warm)
                            .isNull();
                }
                long total = pins.pinnedScore;
                for (int i = 0; i < in.menteeCount(); i++) {
                    total += solver.scoreOf(i);
                }
                assertThat(total)
                        .isEqualTo(
                                new MatchingEngine(Weights.defaults()).solve(in).totalScore());
            }
        }
    }
}
