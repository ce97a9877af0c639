package ru.nastavnik.survey;

import java.util.List;

/**
 * The results of a questionnaire. When {@code suppressed}, an anonymous questionnaire has fewer answers than
 * {@code internal.SurveyResults.MIN_GROUP} and nothing but the count is shown.
 */
public record Results(
        QuestionnaireView questionnaire, int responses, boolean suppressed, List<QuestionResult> questions) {

    /** One question's answers: counts per option (with percent of those who answered), the mean of a scale, texts. */
    public record QuestionResult(
            Question question, int answered, boolean suppressed, List<Bar> bars, Double mean, List<TextAnswer> texts) {

        public boolean chart() {
            return !suppressed && !bars.isEmpty();
        }
    }

    public record Bar(String key, String label, long count, double percent) {}

    /** A free-text or date answer; the author is named only in a questionnaire that is not anonymous. */
    public record TextAnswer(String author, String text) {}
}
