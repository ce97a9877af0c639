package ru.nastavnik.matching.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: dense regions (nearly every pair admissible) and tight ones (places ≈ mentees), where pricing skips pairs
 * by a ceiling, the certificate check skips mentors by the same ceiling and the greedy baseline works in bands.
 */
class DenseAndTightInstancesTests {

    private static final Weights WEIGHTS = Weights.defaults();

    @Test
    void optimumEqualsBruteForceOnSmallDenseAndTightInstances() {
        for (long seed = 0; seed < 300; seed++) {
            boolean tight = seed % 2 == 0;
            MatchingInput in = MatchingFixtures.random(seed, 7, tight ? 4 : 6, tight, true);
            int k = 1 + (int) (seed % 3);
            MatchingEngine engine = new MatchingEngine(
                    WEIGHTS, new MatchingOptions(k, (int) (seed % 3), 1 + (int) (seed % 2), true, seed % 4 < 2));
            MatchingResult result = engine.solve(in);
            Scorer scorer = engine.scorer(in);
            assertThat(result.totalScore()).as("seed %d", seed).isEqualTo(MatchingFixtures.bruteForce(scorer));
            assertThat(result.dualBound()).as("seed %d", seed).isEqualTo(result.totalScore());
            assertThat(CertificateCheck.verify(scorer, result).problem())
                    .as("seed %d", seed)
                    .isNull();
        }
    }

    @Test
    void certificateHoldsOnLargerDenseInstancesForAnyNumberOfCandidates() {
        for (long seed = 0; seed < 20; seed++) {
            boolean tight = seed % 2 == 0;
            MatchingInput in = MatchingFixtures.random(seed, 150, tight ? 75 : 200, tight, true);
            for (int k : new int[] {1, 4}) {
                MatchingEngine engine =
                        new MatchingEngine(WEIGHTS, new MatchingOptions(k, tight ? 2 : 0, 2, true, true));
                MatchingResult result = engine.solve(in);
                assertThat(CertificateCheck.verify(engine.scorer(in), result).problem())
                        .as("seed %d k %d", seed, k)
                        .isNull();
                assertThat(result.dualBound()).isEqualTo(result.totalScore());
            }
        }
    }

    /**
     * The check skips shared-bank mentors by ceilings (all criteria, then without the mentee's subject): a mentee dual
     * lowered to 0 must still be caught at a pair it no longer covers, whenever brute force finds one.
     */
    @Test
    void checkFindsThePairALoweredMenteeDualNoLongerCovers() {
        int caught = 0;
        for (long seed = 0; seed < 40; seed++) {
            MatchingInput in = MatchingFixtures.random(seed, 60, seed % 2 == 0 ? 40 : 90, seed % 2 == 0, true);
            MatchingEngine engine = new MatchingEngine(WEIGHTS);
            MatchingResult result = engine.solve(in);
            Scorer scorer = engine.scorer(in);
            Certificate c = result.certificate();
            for (int i = 0; i < in.menteeCount(); i += 7) {
                if (c.menteeDual()[i] == 0 || in.pinnedMentor(i) >= 0) {
                    continue;
                }
                long[] u = c.menteeDual().clone();
                u[i] = 0;
                boolean uncovered = false;
                for (int j = 0; j < in.mentorCount(); j++) {
                    uncovered |= c.capacity()[j] > 0 && scorer.evaluate(i, j) > c.mentorDual()[j];
                }
                MatchingResult lowered = new MatchingResult(
                        result.assignment(),
                        result.totalScore(),
                        new Certificate(u, c.mentorDual(), c.capacity(), c.pinnedScore(), c.dualBound()),
                        result.stats(),
                        result.graph,
                        result.pins);
                String problem = CertificateCheck.verify(scorer, lowered).problem();
                assertThat(problem).as("seed %d mentee %d", seed, i).isNotNull();
                if (uncovered) {
                    assertThat(problem)
                            .as("seed %d mentee %d", seed, i)
                            .startsWith("duals do not cover pair " + i + " → ");
                    caught++;
                }
            }
        }
        assertThat(caught).isGreaterThan(50);
    }

    @Test
    void noPairScoresAboveTheCeilingsThatPricingAndTheCheckSkipBy() {
        Weights[] weights = {WEIGHTS, new Weights(1, 7, 0, 3, 9, 20, 2, 5), new Weights(0, 0, 0, 0, 0, 1, 0, 0)};
        for (long seed = 0; seed < 60; seed++) {
            MatchingInput in = MatchingFixtures.random(seed, 40, 30, seed % 2 == 0, seed % 3 == 0);
            for (Weights w : weights) {
                Scorer scorer = new Scorer(in, w);
                for (int i = 0; i < in.menteeCount(); i++) {
                    for (int j = 0; j < in.mentorCount(); j++) {
                        int s = scorer.evaluate(i, j);
                        int ceiling = scorer.menteeCeiling(i) + scorer.mentorCeiling(j);
                        assertThat(s).as("seed %d pair %d → %d", seed, i, j).isLessThanOrEqualTo(ceiling);
                        if (in.menteeOrganisation[i] != in.mentorOrganisation[j]) {
                            assertThat(s)
                                    .as("seed %d pair %d → %d across schools", seed, i, j)
                                    .isLessThanOrEqualTo(scorer.menteeCeilingElsewhere(i) + scorer.mentorCeiling(j));
                            if (!scorer.teaches(j, in.menteeSubject[i])) {
                                assertThat(s)
                                        .as("seed %d pair %d → %d, not her subject", seed, i, j)
                                        .isLessThanOrEqualTo(scorer.menteeCeilingElsewhere(i)
                                                - scorer.subjectCeiling(i)
                                                + scorer.mentorCeiling(j));
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void greedyInBandsTakesThePairsOfOneSortOfAllPairs() {
        for (long seed = 0; seed < 40; seed++) {
            MatchingInput in =
                    MatchingFixtures.random(seed, 120, seed % 2 == 0 ? 60 : 160, seed % 2 == 0, seed % 4 < 2);
            Scorer scorer = new Scorer(in, WEIGHTS);
            GreedyResult expected = sortAllPairs(scorer);
            for (int band : new int[] {1, 5, 97, Integer.MAX_VALUE}) {
                GreedyResult banded = Greedy.match(scorer, band);
                assertThat(banded.mentorOf()).as("seed %d band %d", seed, band).isEqualTo(expected.mentorOf());
                assertThat(banded.totalScore()).isEqualTo(expected.totalScore());
            }
        }
    }

    /**
     * The baseline written plainly: every admissible pair of open mentors in one list, best score first, ties in the
     * order the engine scans them (mentee, then her own school's mentors, then the shared bank, each by index).
     */
    private static GreedyResult sortAllPairs(Scorer scorer) {
        MatchingInput in = scorer.input();
        Pins pins = new Pins(scorer);
        int[] places = pins.capacity.clone();
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < in.menteeCount(); i++) {
            for (int j = 0; j < in.mentorCount(); j++) {
                int s = scorer.evaluate(i, j);
                if (pins.active[i] && places[j] > 0 && s >= 0) {
                    pairs.add(new int[] {s, i, in.menteeOrganisation[i] == in.mentorOrganisation[j] ? 0 : 1, j});
                }
            }
        }
        pairs.sort(Comparator.<int[]>comparingInt(p -> -p[0])
                .thenComparingInt(p -> p[1])
                .thenComparingInt(p -> p[2])
                .thenComparingInt(p -> p[3]));
        int[] mentorOf = new int[in.menteeCount()];
        long total = pins.pinnedScore;
        for (int i = 0; i < mentorOf.length; i++) {
            mentorOf[i] = in.pinnedMentor(i);
        }
        for (int[] p : pairs) {
            if (mentorOf[p[1]] < 0 && places[p[3]] > 0) {
                mentorOf[p[1]] = p[3];
                places[p[3]]--;
                total += p[0];
            }
        }
        return new GreedyResult(mentorOf, total);
    }
}
