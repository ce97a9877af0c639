package ru.nastavnik.matching;

/** A proposal's score by criterion; the parts add up to {@link #total()}. {@code trained}: points for a trained mentor. */
public record Criteria(
        int needs,
        int subject,
        int experience,
        int locality,
        int form,
        int wishes,
        int load,
        int coveredNeeds,
        int needCount,
        int trained) {

    public Criteria(
            int needs,
            int subject,
            int experience,
            int locality,
            int form,
            int wishes,
            int load,
            int coveredNeeds,
            int needCount) {
        this(needs, subject, experience, locality, form, wishes, load, coveredNeeds, needCount, 0);
    }

    public int total() {
        return needs + subject + experience + locality + form + wishes + load + trained;
    }
}
