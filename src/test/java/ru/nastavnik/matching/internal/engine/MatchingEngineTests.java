package ru.nastavnik.matching.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MatchingEngineTests {

    private static final Weights WEIGHTS = Weights.defaults();

    @Test
    void optimumEqualsBruteForceOnSmallRandomInstances() {
        for (long seed = 0; seed < 400; seed++) {
            boolean scarce = seed % 2 == 0;
            MatchingInput in = MatchingFixtures.random(seed, 7, scarce ? 4 : 5, scarce);
            int k = 1 + (int) (seed % 3);
            MatchingEngine engine = new MatchingEngine(WEIGHTS, options(k));
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
    void mentorsBestMenteesAsCandidatesKeepTheOptimumAndTheCertificate() {
        boolean widened = false;
        for (long seed = 0; seed < 400; seed++) {
            boolean scarce = seed % 2 == 0;
            MatchingInput in = MatchingFixtures.random(seed, 7, scarce ? 4 : 5, scarce);
            int k = 1 + (int) (seed % 3);
            MatchingEngine engine =
                    new MatchingEngine(WEIGHTS, new MatchingOptions(k, 1 + (int) (seed % 2), 2, true, seed % 4 < 2));
            MatchingResult result = engine.solve(in);
            Scorer scorer = engine.scorer(in);
            assertThat(result.totalScore()).as("seed %d", seed).isEqualTo(MatchingFixtures.bruteForce(scorer));
            assertThat(result.dualBound()).as("seed %d", seed).isEqualTo(result.totalScore());
            assertThat(CertificateCheck.verify(scorer, result).problem())
                    .as("seed %d", seed)
                    .isNull();
            for (int i = 0; i < in.menteeCount(); i++) {
                int row = result.graph.start[i + 1] - result.graph.start[i];
                widened |= result.stats().pricingRounds() == 1 && row > k;
                for (int e = result.graph.start[i] + 1; e < result.graph.start[i + 1]; e++) {
                    assertThat(result.graph.score[e])
                            .as("rows best first")
                            .isLessThanOrEqualTo(result.graph.score[e - 1]);
                }
            }
        }
        assertThat(widened)
                .as("some mentee got candidates beyond her own best k from the mentors' side")
                .isTrue();
    }

    @Test
    void pricingRecoversWhatPruningToTheBestMentorLoses() {
        MatchingInputBuilder b = MatchingInput.builder(4, 1);
        int anna = b.mentee(MatchingFixtures.mentee(1, 0, 0, 1));
        int boris = b.mentee(MatchingFixtures.mentee(2, 0, 0));
        b.mentor(MatchingFixtures.mentor(10, 0, 1, false, 0, 1));
        b.mentor(MatchingFixtures.mentor(11, 0, 1, false, 0));
        MatchingInput in = b.build();

        MatchingResult pruned = new MatchingEngine(WEIGHTS, options(1).withoutPricing()).solve(in);
        MatchingResult priced = new MatchingEngine(WEIGHTS, options(1)).solve(in);

        // both want mentor 0 most; with one candidate each, one of them is left out
        assertThat(pruned.matchedCount()).isEqualTo(1);
        assertThat(priced.matchedCount()).isEqualTo(2);
        assertThat(priced.totalScore())
                .isGreaterThan(pruned.totalScore())
                .isEqualTo(MatchingFixtures.bruteForce(new Scorer(in, WEIGHTS)));
        assertThat(priced.mentorOf(anna)).isZero();
        assertThat(priced.mentorOf(boris)).isEqualTo(1);
        assertThat(priced.stats().pricingRounds()).isEqualTo(2);
    }

    @Test
    void pricingMakesScarceInstancesOptimalWhereTopKAloneIsNot() {
        int worse = 0;
        for (long seed = 0; seed < 200; seed++) {
            MatchingInput in = MatchingFixtures.random(seed, 7, 4, true);
            Scorer scorer = new Scorer(in, WEIGHTS);
            long optimum = MatchingFixtures.bruteForce(scorer);
            MatchingResult pruned = new MatchingEngine(WEIGHTS, options(2).withoutPricing()).solve(in);
            MatchingResult priced = new MatchingEngine(WEIGHTS, options(2)).solve(in);
            assertThat(pruned.totalScore()).isLessThanOrEqualTo(optimum);
            assertThat(priced.totalScore()).isEqualTo(optimum);
            worse += pruned.totalScore() < optimum ? 1 : 0;
        }
        assertThat(worse)
                .as("instances where the top-2 graph alone misses the optimum")
                .isPositive();
    }

    @Test
    void certificateHoldsOnLargerInstancesForAnyNumberOfCandidates() {
        for (long seed = 0; seed < 40; seed++) {
            MatchingInput in = MatchingFixtures.random(seed, 120, seed % 2 == 0 ? 50 : 150, seed % 2 == 0);
            for (int k : new int[] {1, 3, 40}) {
                MatchingEngine engine = new MatchingEngine(WEIGHTS, options(k));
                MatchingResult result = engine.solve(in);
                assertThat(CertificateCheck.verify(engine.scorer(in), result).problem())
                        .as("seed %d k %d", seed, k)
                        .isNull();
            }
        }
    }

    @Test
    void verifierRejectsDualsThatDoNotCoverEveryPair() {
        MatchingInput in = MatchingFixtures.random(7, 30, 20, true);
        MatchingEngine engine = new MatchingEngine(WEIGHTS);
        MatchingResult result = engine.solve(in);
        long[] u = result.certificate().menteeDual();
        int i = 0;
        while (u[i] == 0) {
            i++;
        }
        u[i] = 0;
        assertThat(CertificateCheck.verify(engine.scorer(in), result).valid()).isFalse();
    }

    @Test
    void constraintsAreAlwaysRespected() {
        for (long seed = 0; seed < 200; seed++) {
            MatchingInput in = MatchingFixtures.random(seed, 40, 25, seed % 2 == 0);
            MatchingEngine engine = new MatchingEngine(WEIGHTS, options(2));
            Scorer scorer = engine.scorer(in);
            MatchingResult result = engine.solve(in);
            int[] taken = new int[in.mentorCount()];
            for (int i = 0; i < in.menteeCount(); i++) {
                int j = result.mentorOf(i);
                if (in.pinnedMentor(i) >= 0) {
                    assertThat(j).as("pin of %d, seed %d", i, seed).isEqualTo(in.pinnedMentor(i));
                }
                if (j >= 0) {
                    assertThat(scorer.whyInadmissible(i, j))
                            .as("pair %d → %d, seed %d", i, j, seed)
                            .isNull();
                    assertThat(scorer.excluded(i, j)).isFalse();
                    taken[j]++;
                }
            }
            for (int j = 0; j < in.mentorCount(); j++) {
                assertThat(taken[j]).as("mentor %d, seed %d", j, seed).isLessThanOrEqualTo(in.freeCapacity(j));
            }
        }
    }

    @Test
    void mentorOutsideTheSharedBankIsNeverGivenAMenteeOfAnotherSchool() {
        MatchingInputBuilder b = MatchingInput.builder(4, 1);
        b.mentee(MatchingFixtures.mentee(1, 0, 2));
        b.mentor(MatchingFixtures.mentor(10, 1, 3, false, 2));
        MatchingInput in = b.build();
        MatchingEngine engine = new MatchingEngine(WEIGHTS);

        assertThat(engine.solve(in).mentorOf(0)).isEqualTo(-1);
        assertThat(engine.whyUnmatched(in, engine.solve(in), 0)).contains(UnmatchedReason.NOBODY_COVERS_NEEDS);
        for (long seed = 0; seed < 100; seed++) {
            MatchingInput random = MatchingFixtures.random(seed, 30, 20, seed % 2 == 0);
            MatchingResult result = engine.solve(random);
            for (int i = 0; i < random.menteeCount(); i++) {
                int j = result.mentorOf(i);
                if (j >= 0 && !random.sharedBank[j]) {
                    assertThat(random.organisationOfMentor(j)).isEqualTo(random.organisationOfMentee(i));
                }
            }
        }
    }

    @Test
    void greedyNeverBeatsTheOptimumAndSometimesLoses() {
        int lost = 0;
        for (long seed = 0; seed < 200; seed++) {
            MatchingInput in = MatchingFixtures.random(seed, 7, 4, seed % 2 == 0);
            MatchingEngine engine = new MatchingEngine(WEIGHTS);
            long optimum = engine.solve(in).totalScore();
            GreedyResult greedy = engine.greedy(in);
            assertThat(greedy.totalScore()).isLessThanOrEqualTo(optimum);
            lost += greedy.totalScore() < optimum ? 1 : 0;
        }
        assertThat(lost).isPositive();
    }

    @Test
    void sequentialAndParallelScansAgree() {
        MatchingInput in = MatchingFixtures.random(3, 400, 300, true);
        MatchingResult parallel = new MatchingEngine(WEIGHTS, options(3)).solve(in);
        MatchingResult sequential = new MatchingEngine(WEIGHTS, new MatchingOptions(3, 2, true, false)).solve(in);
        assertThat(sequential.assignment()).isEqualTo(parallel.assignment());
        assertThat(sequential.stats().admissiblePairs())
                .isEqualTo(parallel.stats().admissiblePairs());
    }

    @Test
    void pinOnAnInadmissiblePairIsRefused() {
        MatchingInputBuilder b = MatchingInput.builder(4, 1);
        b.mentee(MatchingFixtures.mentee(1, 0, 2));
        b.mentor(MatchingFixtures.mentor(10, 1, 3, false, 2));
        b.pin(0, 0);
        MatchingInput in = b.build();
        assertThatThrownBy(() -> new MatchingEngine(WEIGHTS).solve(in))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OTHER_ORGANISATION");
    }

    private static MatchingOptions options(int k) {
        return new MatchingOptions(k, 2, true, true);
    }
}
