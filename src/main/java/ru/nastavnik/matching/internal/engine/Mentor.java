package ru.nastavnik.matching.internal.engine;

import java.util.Objects;

/**
 * A mentor as the engine sees it. {@code load} mentees are already being mentored, up to {@code capacity} in all;
 * {@code category} is the qualification category ordinal, 0 (none) to {@link MatchingInput#MAX_CATEGORY};
 * {@code sharedBank}: agreed to mentor teachers of other organisations; {@code trained}: completed her training.
 */
public record Mentor(
        long person,
        Place place,
        int[] subjects,
        int[] competences,
        int experienceYears,
        int category,
        int forms,
        int load,
        int capacity,
        boolean sharedBank,
        boolean consent,
        boolean trained) {

    /** A mentor not (yet) trained. */
    public Mentor(
            long person,
            Place place,
            int[] subjects,
            int[] competences,
            int experienceYears,
            int category,
            int forms,
            int load,
            int capacity,
            boolean sharedBank,
            boolean consent) {
        this(
                person,
                place,
                subjects,
                competences,
                experienceYears,
                category,
                forms,
                load,
                capacity,
                sharedBank,
                consent,
                false);
    }

    public Mentor {
        Objects.requireNonNull(place, "place");
        subjects = Ids.copy("subjects", subjects);
        competences = Ids.copy("competences", competences);
        if (experienceYears < 0
                || category < 0
                || category > MatchingInput.MAX_CATEGORY
                || forms < 0
                || load < 0
                || capacity < 0) {
            throw new IllegalArgumentException("Mentor has a negative or unknown value: experience " + experienceYears
                    + ", category " + category + ", forms " + forms + ", load " + load + ", capacity " + capacity);
        }
    }

    /** Mentees that may still be given to this mentor. */
    public int freeCapacity() {
        return Math.max(0, capacity - load);
    }
}
