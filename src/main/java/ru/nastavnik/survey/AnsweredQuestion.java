package ru.nastavnik.survey;

import java.util.List;

/** A question of a named answer sheet with its answer: a scale's score (out of {@code scaleMax}), or the labels/text. */
public record AnsweredQuestion(String question, QuestionType type, Integer scaleMax, List<String> values) {

    /** A scale's score; none when the question is not a scale or the answer is not a number. */
    public Integer score() {
        if (type != QuestionType.SCALE || values.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(values.get(0));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
