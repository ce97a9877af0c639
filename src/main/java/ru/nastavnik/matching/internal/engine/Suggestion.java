package ru.nastavnik.matching.internal.engine;

/** A mentor proposed for a mentee, with the score and where it comes from. */
public record Suggestion(int mentor, int score, Explanation explanation) {

    public Suggestion {
        if (explanation.total() != score) {
            throw new IllegalArgumentException("Explanation adds up to " + explanation.total() + ", not " + score);
        }
    }
}
