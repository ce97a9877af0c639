package ru.nastavnik.matching.internal.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the people of one matching run and the per-pair decisions (wishes, exclusions, pins); indices returned by
 * {@link #mentee} and {@link #mentor} are the ids the engine answers in.
 */
public final class MatchingInputBuilder {

    final int topics;
    final int subjects;
    final List<Mentee> mentees = new ArrayList<>();
    final List<Mentor> mentors = new ArrayList<>();
    final List<long[]> menteeWishes = new ArrayList<>();
    final List<long[]> mentorWishes = new ArrayList<>();
    final List<long[]> exclusions = new ArrayList<>();
    final Map<Integer, Integer> pins = new HashMap<>();

    MatchingInputBuilder(int topics, int subjects) {
        if (topics < 0 || subjects < 0) {
            throw new IllegalArgumentException("Vocabulary sizes must not be negative");
        }
        this.topics = topics;
        this.subjects = subjects;
    }

    public int mentee(Mentee mentee) {
        mentees.add(mentee);
        return mentees.size() - 1;
    }

    public int mentor(Mentor mentor) {
        mentors.add(mentor);
        return mentors.size() - 1;
    }

    /** The mentee asked for this mentor. */
    public MatchingInputBuilder menteeWishes(int mentee, int mentor) {
        menteeWishes.add(pair(mentee, mentor));
        return this;
    }

    /** The mentor asked for this mentee. */
    public MatchingInputBuilder mentorWishes(int mentor, int mentee) {
        mentorWishes.add(pair(mentee, mentor));
        return this;
    }

    /** The organisation ruled this pair out (a conflict of interest, a failed pair before). */
    public MatchingInputBuilder exclude(int mentee, int mentor) {
        exclusions.add(pair(mentee, mentor));
        return this;
    }

    /** The organisation fixed this pair; it takes one of the mentor's free places whatever the score. */
    public MatchingInputBuilder pin(int mentee, int mentor) {
        pair(mentee, mentor);
        Integer before = pins.putIfAbsent(mentee, mentor);
        if (before != null && before != mentor) {
            throw new IllegalArgumentException("Mentee " + mentee + " is already pinned to mentor " + before);
        }
        return this;
    }

    public MatchingInput build() {
        return new MatchingInput(this);
    }

    private long[] pair(int mentee, int mentor) {
        if (mentee < 0 || mentee >= mentees.size() || mentor < 0 || mentor >= mentors.size()) {
            throw new IllegalArgumentException("Unknown pair " + mentee + " → " + mentor);
        }
        return new long[] {mentee, mentor};
    }
}
