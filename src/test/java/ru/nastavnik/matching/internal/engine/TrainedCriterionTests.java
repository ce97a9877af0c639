package ru.nastavnik.matching.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrainedCriterionTests {

    private static Mentor mentor(long person, boolean trained) {
        return new Mentor(person, MatchingFixtures.school(0), null, new int[] {0}, 5, 1, 0, 0, 1, false, true, trained);
    }

    @Test
    void aTrainedMentorEarnsTheWeightOfTheCriterionAndTheExplanationStillAddsUp() {
        MatchingInputBuilder b = MatchingInput.builder(1, 1);
        int mentee = b.mentee(MatchingFixtures.mentee(1, 0, 0));
        int untrained = b.mentor(mentor(10, false));
        int trained = b.mentor(mentor(11, true));
        MatchingInput in = b.build();
        Weights weights = new Weights(40, 15, 10, 15, 5, 10, 5, 20);
        Scorer scorer = new Scorer(in, weights);

        assertThat(scorer.evaluate(mentee, trained) - scorer.evaluate(mentee, untrained))
                .isEqualTo(20 * Scorer.FULL);
        assertThat(scorer.explain(mentee, trained).trained()).isEqualTo(20 * Scorer.FULL);
        assertThat(scorer.explain(mentee, trained).total()).isEqualTo(scorer.evaluate(mentee, trained));
        assertThat(new Scorer(in, Weights.defaults()).evaluate(mentee, trained))
                .isEqualTo(new Scorer(in, Weights.defaults()).evaluate(mentee, untrained));
    }

    @Test
    void theExactAssignmentPrefersTheTrainedMentorAndProvesItOptimal() {
        MatchingInputBuilder b = MatchingInput.builder(1, 1);
        b.mentee(MatchingFixtures.mentee(1, 0, 0));
        b.mentor(mentor(10, false));
        int trained = b.mentor(mentor(11, true));
        MatchingInput in = b.build();
        MatchingResult result = new MatchingEngine(new Weights(40, 15, 10, 15, 5, 10, 5, 20)).solve(in);

        assertThat(result.mentorOf(0)).isEqualTo(trained);
        assertThat(result.dualBound()).isEqualTo(result.totalScore());
        assertThat(CertificateCheck.verify(new Scorer(in, new Weights(40, 15, 10, 15, 5, 10, 5, 20)), result)
                        .valid())
                .isTrue();
    }
}
