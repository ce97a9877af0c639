package ru.nastavnik.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.nastavnik.shared.InvalidInputException;

/**
 * A scored questionnaire (a mastery check of the mentor course): each question earns its points for a right answer.
 * A choice answer is right when it names exactly the correct options, so it is scored at once; a free-text answer
 * cannot be judged by a machine and earns its points only when a reviewer accepts it.
 */
public final class Scoring {

    /** The kinds of question a scored questionnaire may hold: what can be scored or reviewed. */
    public static final Set<QuestionType> SCORED_TYPES =
            Set.of(QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TEXT);

    private Scoring() {}

    /**
     * The points earned ({@code points}) out of {@code maximum}; {@code toReview}: keys of the answered free-text
     * questions not yet accepted, whose points are not counted.
     */
    public record Score(int points, int maximum, List<String> toReview) {

        public boolean reaches(int passMark) {
            return points >= passMark;
        }
    }

    /** Refuses a question that cannot be scored: another type, no points, a choice without its right answer. */
    public static void requireScorable(Question question) {
        if (!SCORED_TYPES.contains(question.type())) {
            throw InvalidInputException.of("type", "survey.scored.type");
        }
        if (question.points() == null || question.points() < 1) {
            throw InvalidInputException.of("points", "survey.question.points.range", Question.MAX_POINTS);
        }
        long correct = question.options().stream().filter(Option::correct).count();
        if (question.type() == QuestionType.SINGLE && correct != 1) {
            throw InvalidInputException.of("options", "survey.scored.singleCorrect");
        }
        if (question.type() == QuestionType.MULTIPLE && correct == 0) {
            throw InvalidInputException.of("options", "survey.scored.someCorrect");
        }
    }

    public static int maximum(QuestionnaireContent content) {
        return content.questions().stream()
                .mapToInt(q -> q.points() == null ? 0 : q.points())
                .sum();
    }

    /**
     * The answers checked as for a submission (every required question answered, options known); the first problem
     * is refused with the question's text.
     */
    public static Map<String, List<String>> checked(QuestionnaireContent content, Map<String, List<String>> answers) {
        return content.check(answers, Set.of(), true);
    }

    /** The score of checked answers, counting the free-text answers {@code accepted} by the reviewer. */
    public static Score score(QuestionnaireContent content, Map<String, List<String>> answers, Set<String> accepted) {
        int points = 0;
        List<String> toReview = new ArrayList<>();
        for (Question question : content.questions()) {
            int worth = question.points() == null ? 0 : question.points();
            List<String> given = answers.getOrDefault(question.key(), List.of());
            if (worth == 0 || given.isEmpty()) {
                continue;
            }
            if (question.type() == QuestionType.TEXT) {
                if (accepted.contains(question.key())) {
                    points += worth;
                } else {
                    toReview.add(question.key());
                }
            } else if (new HashSet<>(given).equals(correctKeys(question))) {
                points += worth;
            }
        }
        return new Score(points, maximum(content), List.copyOf(toReview));
    }

    private static Set<String> correctKeys(Question question) {
        Set<String> keys = new HashSet<>();
        question.options().stream().filter(Option::correct).forEach(o -> keys.add(o.key()));
        return keys;
    }
}
