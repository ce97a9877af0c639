package ru.nastavnik.matching.internal.engine;

import java.util.Objects;

/**
 * A mentee as the engine sees it. {@code person} is the caller's dense key of the human being (so that a teacher in
 * both banks is never matched with herself); {@code needs} are topic ids of the shared vocabulary, {@code subject} a
 * subject id or -1, {@code forms} a bit mask of preferred forms of mentoring (0: no preference).
 */
public record Mentee(long person, Place place, int subject, int[] needs, int forms, boolean consent) {

    public Mentee {
        Objects.requireNonNull(place, "place");
        needs = Ids.copy("needs", needs);
        if (subject < -1) {
            throw new IllegalArgumentException("Subject must be an id or -1, was " + subject);
        }
        if (forms < 0) {
            throw new IllegalArgumentException("Forms must be a non-negative bit mask, was " + forms);
        }
    }
}
