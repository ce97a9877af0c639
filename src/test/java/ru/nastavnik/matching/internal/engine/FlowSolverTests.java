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

    /**
     * Scaled potentials off by up to half a score unit per node (as from an early auction phase) still give exact
     * potentials of the optimal flow: the rounding is repaired by label correcting. A flow made worse is refused.
     */
    @Test
    void roughScaledPotentialsAreRepairedAndAWorseFlowIsRefused() {
        for (long seed = 0; seed < 60; seed++) {
            boolean tight = seed % 2 == 0;
            MatchingInput in = MatchingFixtures.random(seed, 80, tight ? 30 : 90, tight, seed % 3 == 0);
            Scorer scorer = new Scorer(in, Weights.defaults());
            Pins pins = new Pins(scorer);
            PairScan scan = new PairScan(scorer, new MentorIndex(in, pins.capacity), pins.active, false);
            CandidateGraph graph = scan.candidates(1 + (int) (seed % 5), 2);
            Auction auction = new Auction(pins.capacity, pins.active, graph);
            auction.run();
            java.util.Random noise = new java.util.Random(seed);
            Flow f = new Flow(pins.capacity, pins.active, graph);
            long[] phi = new long[f.sink + 1];
            auction.potentials(f, phi);
            for (int x = 0; x <= f.sink; x++) {
                phi[x] += noise.nextLong(-auction.scale / 2, auction.scale / 2);
            }
            assertThat(ScaledPotentials.apply(f, auction.scale, phi))
                    .as("seed %d", seed)
                    .isTrue();
            assertThat(f.audit()).as("seed %d", seed).isNull();

            Flow worse = new Flow(pins.capacity, pins.active, graph);
            auction.potentials(worse, phi);
            int matched = -1;
            for (int i = 0; i < in.menteeCount() && matched < 0; i++) {
                matched = worse.assigned[i] >= 0 ? i : -1;
            }
            int mentor = graph.mentor[worse.assigned[matched]];
            worse.withdraw(matched);
            worse.release(mentor);
            worse.assigned[matched] = Flow.ALONE;
            worse.sinkInflow++;
            assertThat(ScaledPotentials.apply(worse, auction.scale, phi))
                    .as("seed %d", seed)
                    .isFalse();
        }
    }
}
