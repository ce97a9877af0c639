package ru.nastavnik.matching.internal.engine;

/**
 * The pairs the organisation fixed, applied before the solve: each takes a place of its mentor, and its mentee is out
 * of the optimisation. A pin must still be admissible: it may override the score, never consent nor capacity.
 */
final class Pins {

    /** Places left per mentor after current load and pins (0 for a mentor without consent). */
    final int[] capacity;
    /** Mentees the solver places: with consent and not pinned. */
    final boolean[] active;

    final long pinnedScore;

    Pins(Scorer scorer) {
        MatchingInput in = scorer.input();
        capacity = new int[in.mentorCount];
        for (int j = 0; j < in.mentorCount; j++) {
            capacity[j] = in.mentorConsent[j] ? in.freeCapacity(j) : 0;
        }
        active = new boolean[in.menteeCount];
        long score = 0;
        for (int i = 0; i < in.menteeCount; i++) {
            int j = in.pinnedMentor[i];
            if (j < 0) {
                active[i] = in.menteeConsent[i];
                continue;
            }
            Inadmissibility why = scorer.whyInadmissible(i, j);
            if (why != null) {
                throw new IllegalArgumentException("Pinned pair " + i + " → " + j + " is not admissible: " + why);
            }
            if (capacity[j] == 0) {
                throw new IllegalArgumentException("Mentor " + j + " has more pins than free places");
            }
            capacity[j]--;
            score += scorer.evaluate(i, j);
        }
        pinnedScore = score;
    }
}
