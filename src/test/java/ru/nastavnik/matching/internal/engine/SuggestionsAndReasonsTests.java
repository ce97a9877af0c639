package ru.nastavnik.matching.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsAndReasonsTests {

    private final MatchingEngine engine = new MatchingEngine(Weights.defaults());

    @Test
    void suggestionsAreTheBestAdmissibleMentorsBestFirst() {
        MatchingInput in = MatchingFixtures.random(11, 30, 40, false);
        Scorer scorer = engine.scorer(in);
        for (int i = 0; i < in.menteeCount(); i++) {
            List<Suggestion> top = engine.suggest(in, i, 5);
            int mentee = i;
            long admissible = java.util.stream.IntStream.range(0, in.mentorCount())
                    .filter(j -> scorer.admissible(mentee, j))
                    .count();
            assertThat(top).hasSize((int) Math.min(5, admissible));
            for (int k = 1; k < top.size(); k++) {
                assertThat(top.get(k).score())
                        .isLessThanOrEqualTo(top.get(k - 1).score());
            }
            for (Suggestion s : top) {
                assertThat(scorer.evaluate(i, s.mentor())).isEqualTo(s.score());
                assertThat(s.explanation().total()).isEqualTo(s.score());
            }
        }
    }

    @Test
    void unmatchedMenteesAreToldWhy() {
        MatchingInputBuilder b = MatchingInput.builder(4, 1);
        int silent = b.mentee(new Mentee(1, MatchingFixtures.school(0), 0, new int[] {0}, 0, false));
        int rare = b.mentee(MatchingFixtures.mentee(2, 0, 3));
        int late = b.mentee(MatchingFixtures.mentee(3, 0, 1));
        int excluded = b.mentee(MatchingFixtures.mentee(4, 0, 2));
        int first = b.mentee(MatchingFixtures.mentee(5, 0, 0));
        int second = b.mentee(MatchingFixtures.mentee(6, 0, 0));
        b.mentor(MatchingFixtures.mentor(10, 0, 1, false, 0));
        b.mentor(new Mentor(11, MatchingFixtures.school(0), null, new int[] {1}, 5, 0, 0, 1, 1, false, true));
        int onlyForTwo = b.mentor(MatchingFixtures.mentor(12, 0, 1, false, 2));
        b.mentor(MatchingFixtures.mentor(13, 3, 1, false, 3));
        b.exclude(excluded, onlyForTwo);
        MatchingInput in = b.build();
        MatchingResult result = engine.solve(in);

        assertThat(engine.whyUnmatched(in, result, silent)).contains(UnmatchedReason.NO_CONSENT);
        assertThat(engine.whyUnmatched(in, result, rare)).contains(UnmatchedReason.NOBODY_COVERS_NEEDS);
        assertThat(engine.whyUnmatched(in, result, late)).contains(UnmatchedReason.NO_FREE_CAPACITY);
        assertThat(engine.whyUnmatched(in, result, excluded)).contains(UnmatchedReason.EXCLUDED);
        int loser = result.mentorOf(first) >= 0 ? second : first;
        assertThat(engine.whyUnmatched(in, result, loser)).contains(UnmatchedReason.LOST_TO_OTHERS);
        assertThat(engine.whyUnmatched(in, result, loser == first ? second : first))
                .isEmpty();
    }
}
