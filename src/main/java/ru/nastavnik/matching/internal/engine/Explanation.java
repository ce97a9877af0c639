package ru.nastavnik.matching.internal.engine;

/**
 * Why a pair scores what it scores: the points of each criterion, which add up exactly to the score, and how many of
 * the mentee's needs the mentor covers.
 */
public record Explanation(
        int needs,
        int subject,
        int experience,
        int locality,
        int form,
        int wishes,
        int load,
        int trained,
        int coveredNeeds,
        int needCount) {

    /** Without points for training. */
    public Explanation(
            int needs,
            int subject,
            int experience,
            int locality,
            int form,
            int wishes,
            int load,
            int coveredNeeds,
            int needCount) {
        this(needs, subject, experience, locality, form, wishes, load, 0, coveredNeeds, needCount);
    }

    public Explanation {
        if (needs < 0
                || subject < 0
                || experience < 0
                || locality < 0
                || form < 0
                || wishes < 0
                || load < 0
                || trained < 0
                || coveredNeeds < 0
                || coveredNeeds > needCount) {
            throw new IllegalArgumentException("Points of an explanation must not be negative");
        }
    }

    public int total() {
        return needs + subject + experience + locality + form + wishes + load + trained;
    }
}
