package ru.nastavnik.matching.internal.engine;

/**
 * How much each criterion counts, as the organisation tunes it. A criterion earns up to {@code weight × 100} points,
 * so a pair's score is an exact integer and totals are exact sums. {@code trained}: what a trained mentor earns
 * (the organisation's alternative to admitting only trained mentors).
 */
public record Weights(
        int needs, int subject, int experience, int locality, int form, int wishes, int load, int trained) {

    public Weights(int needs, int subject, int experience, int locality, int form, int wishes, int load) {
        this(needs, subject, experience, locality, form, wishes, load, 0);
    }

    /** Keeps the best possible score of a pair (8 × MAX_WEIGHT × 100) far inside an int. */
    public static final int MAX_WEIGHT = 10_000;

    public Weights {
        check("needs", needs);
        check("subject", subject);
        check("experience", experience);
        check("locality", locality);
        check("form", form);
        check("wishes", wishes);
        check("load", load);
        check("trained", trained);
    }

    /** Needs first: a mentor who cannot help with what the mentee asked for is of little use, however close. */
    public static Weights defaults() {
        return new Weights(40, 15, 10, 15, 5, 10, 5);
    }

    private static void check(String criterion, int weight) {
        if (weight < 0 || weight > MAX_WEIGHT) {
            throw new IllegalArgumentException(
                    "Weight of " + criterion + " must be between 0 and " + MAX_WEIGHT + ", was " + weight);
        }
    }
}
