package ru.nastavnik.matching.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScorerTests {

    @Test
    void explanationAddsUpExactlyToTheScore() {
        Weights odd = new Weights(7, 3, 11, 5, 13, 2, 9);
        for (long seed = 0; seed < 50; seed++) {
            MatchingInput in = MatchingFixtures.random(seed, 20, 20, seed % 2 == 0);
            for (Weights weights : new Weights[] {Weights.defaults(), odd}) {
                Scorer scorer = new Scorer(in, weights);
                for (int i = 0; i < in.menteeCount(); i++) {
                    for (int j = 0; j < in.mentorCount(); j++) {
                        int score = scorer.evaluate(i, j);
                        if (score >= 0) {
                            assertThat(scorer.explain(i, j).total()).isEqualTo(score);
                        }
                    }
                }
            }
        }
    }

    @Test
    void evaluateAndTheNamedReasonAgreeOnEveryPair() {
        for (long seed = 0; seed < 50; seed++) {
            MatchingInput in = MatchingFixtures.random(seed, 20, 20, false);
            Scorer scorer = new Scorer(in, Weights.defaults());
            for (int i = 0; i < in.menteeCount(); i++) {
                for (int j = 0; j < in.mentorCount(); j++) {
                    assertThat(scorer.evaluate(i, j) >= 0).isEqualTo(scorer.whyInadmissible(i, j) == null);
                }
            }
        }
    }

    @Test
    void everyHardConstraintRulesAPairOut() {
        MatchingInputBuilder b = MatchingInput.builder(4, 1);
        int mentee = b.mentee(MatchingFixtures.mentee(1, 0, 0));
        int silent = b.mentee(new Mentee(2, MatchingFixtures.school(0), 0, new int[] {0}, 0, false));
        int good = b.mentor(MatchingFixtures.mentor(10, 0, 1, false, 0));
        int unwilling =
                b.mentor(new Mentor(11, MatchingFixtures.school(0), null, new int[] {0}, 5, 0, 0, 0, 1, false, false));
        int full =
                b.mentor(new Mentor(12, MatchingFixtures.school(0), null, new int[] {0}, 5, 0, 0, 2, 2, false, true));
        int elsewhere = b.mentor(MatchingFixtures.mentor(13, 1, 1, false, 0));
        int herself = b.mentor(MatchingFixtures.mentor(1, 0, 1, false, 0));
        int offTopic = b.mentor(MatchingFixtures.mentor(14, 0, 1, false, 3));
        int excluded = b.mentor(MatchingFixtures.mentor(15, 0, 1, false, 0));
        int sharedElsewhere = b.mentor(MatchingFixtures.mentor(16, 5, 1, true, 0));
        b.exclude(mentee, excluded);
        Scorer scorer = new Scorer(b.build(), Weights.defaults());

        assertThat(scorer.whyInadmissible(mentee, good)).isNull();
        assertThat(scorer.whyInadmissible(mentee, sharedElsewhere)).isNull();
        assertThat(scorer.whyInadmissible(silent, good)).isEqualTo(Inadmissibility.MENTEE_WITHOUT_CONSENT);
        assertThat(scorer.whyInadmissible(mentee, unwilling)).isEqualTo(Inadmissibility.MENTOR_WITHOUT_CONSENT);
        assertThat(scorer.whyInadmissible(mentee, full)).isEqualTo(Inadmissibility.NO_FREE_CAPACITY);
        assertThat(scorer.whyInadmissible(mentee, elsewhere)).isEqualTo(Inadmissibility.OTHER_ORGANISATION);
        assertThat(scorer.whyInadmissible(mentee, herself)).isEqualTo(Inadmissibility.SAME_PERSON);
        assertThat(scorer.whyInadmissible(mentee, offTopic)).isEqualTo(Inadmissibility.NO_NEED_COVERED);
        assertThat(scorer.whyInadmissible(mentee, excluded)).isEqualTo(Inadmissibility.EXCLUDED);
        for (int j : new int[] {unwilling, full, elsewhere, herself, offTopic, excluded}) {
            assertThat(scorer.evaluate(mentee, j)).isEqualTo(-1);
        }
    }

    @Test
    void closerMentorsScoreMoreSameSchoolThenMunicipalityThenRegion() {
        MatchingInputBuilder b = MatchingInput.builder(4, 1);
        b.mentee(new Mentee(1, new Place(0, 0, 0), 0, new int[] {0}, 0, true));
        for (Place place :
                new Place[] {new Place(0, 0, 0), new Place(1, 0, 0), new Place(2, 1, 0), new Place(3, 2, 1)}) {
            b.mentor(new Mentor(10 + place.organisation(), place, null, new int[] {0}, 5, 0, 0, 0, 1, true, true));
        }
        Scorer scorer = new Scorer(b.build(), new Weights(0, 0, 0, 1, 0, 0, 0));
        assertThat(new int[] {scorer.evaluate(0, 0), scorer.evaluate(0, 1), scorer.evaluate(0, 2), scorer.evaluate(0, 3)
                })
                .containsExactly(100, 60, 30, 0);
    }

    @Test
    void moreNeedsCoveredScoresMore() {
        MatchingInputBuilder b = MatchingInput.builder(4, 1);
        b.mentee(MatchingFixtures.mentee(1, 0, 0, 1, 2));
        b.mentor(MatchingFixtures.mentor(10, 0, 1, false, 0));
        b.mentor(MatchingFixtures.mentor(11, 0, 1, false, 0, 1, 2));
        Scorer scorer = new Scorer(b.build(), new Weights(1, 0, 0, 0, 0, 0, 0));
        assertThat(scorer.explain(0, 0).coveredNeeds()).isEqualTo(1);
        assertThat(scorer.evaluate(0, 0)).isEqualTo(33);
        assertThat(scorer.evaluate(0, 1)).isEqualTo(100);
    }

    @Test
    void weightsAreNonNegativeAndBounded() {
        assertThatThrownBy(() -> new Weights(-1, 0, 0, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs");
        assertThatThrownBy(() -> new Weights(0, 0, 0, 0, 0, 0, Weights.MAX_WEIGHT + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idsOutsideTheVocabularyAreRefused() {
        MatchingInputBuilder b = MatchingInput.builder(4, 1);
        b.mentee(MatchingFixtures.mentee(1, 0, 4));
        assertThatThrownBy(b::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vocabulary");
    }
}
