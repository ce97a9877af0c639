package ru.nastavnik.matching.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random regions for the engine's tests, and a brute-force optimum to hold the engine against. */
final class MatchingFixtures {

    static final int TOPICS = 6;
    static final int SUBJECTS = 3;

    private MatchingFixtures() {}

    static Place school(int organisation) {
        return new Place(organisation, organisation / 2, 0);
    }

    static Mentee mentee(long person, int organisation, int... needs) {
        return new Mentee(person, school(organisation), 0, needs, 0, true);
    }

    static Mentor mentor(long person, int organisation, int capacity, boolean shared, int... competences) {
        return new Mentor(
                person, school(organisation), new int[] {0}, competences, 10, 1, 0, 0, capacity, shared, true);
    }

    /**
     * A small region of up to 3 schools. Scarce: mentors have about as many places as there are mentees; pins, wishes,
     * exclusions and missing consents appear now and then, and some people are in both banks.
     */
    static MatchingInput random(long seed, int mentees, int mentors, boolean scarce) {
        return random(seed, mentees, mentors, scarce, false);
    }

    /**
     * Dense: mentors mark three to six of the six topics and four in five joined the shared bank, so nearly every
     * pair is admissible (issue 21's dense region in miniature).
     */
    static MatchingInput random(long seed, int mentees, int mentors, boolean scarce, boolean dense) {
        Random r = new Random(seed);
        List<Mentee> es = new ArrayList<>();
        List<Mentor> rs = new ArrayList<>();
        for (int i = 0; i < mentees; i++) {
            es.add(new Mentee(
                    i,
                    school(r.nextInt(3)),
                    r.nextInt(SUBJECTS + 1) - 1,
                    ids(r, 1 + r.nextInt(2)),
                    r.nextInt(4),
                    r.nextInt(12) > 0));
        }
        for (int j = 0; j < mentors; j++) {
            long person = r.nextInt(8) == 0 ? r.nextInt(mentees) : 1000 + j;
            int capacity = scarce ? 1 + r.nextInt(2) : 1 + r.nextInt(3);
            rs.add(new Mentor(
                    person,
                    school(r.nextInt(3)),
                    r.nextBoolean() ? new int[0] : new int[] {r.nextInt(SUBJECTS)},
                    dense ? ids(r, 3 + r.nextInt(4)) : ids(r, 1 + r.nextInt(3)),
                    r.nextInt(30),
                    r.nextInt(MatchingInput.MAX_CATEGORY + 1),
                    r.nextInt(4),
                    r.nextInt(2),
                    capacity,
                    dense ? r.nextInt(5) > 0 : r.nextBoolean(),
                    r.nextInt(12) > 0));
        }
        List<int[]> wishes = new ArrayList<>();
        List<int[]> exclusions = new ArrayList<>();
        for (int k = 0; k < mentees / 2; k++) {
            wishes.add(new int[] {r.nextInt(mentees), r.nextInt(mentors), r.nextInt(2)});
            if (r.nextInt(3) == 0) {
                exclusions.add(new int[] {r.nextInt(mentees), r.nextInt(mentors)});
            }
        }
        MatchingInput plain = build(es, rs, wishes, exclusions, List.of());
        Scorer scorer = new Scorer(plain, Weights.defaults());
        List<int[]> pins = new ArrayList<>();
        int[] places = new int[mentors];
        for (int j = 0; j < mentors; j++) {
            places[j] = plain.freeCapacity(j);
        }
        for (int k = 0; k < 2; k++) {
            int i = r.nextInt(mentees);
            int j = r.nextInt(mentors);
            boolean free = pins.stream().noneMatch(p -> p[0] == i);
            if (r.nextInt(3) == 0 && free && scorer.admissible(i, j) && places[j] > 0) {
                places[j]--;
                pins.add(new int[] {i, j});
            }
        }
        return build(es, rs, wishes, exclusions, pins);
    }

    private static MatchingInput build(
            List<Mentee> es, List<Mentor> rs, List<int[]> wishes, List<int[]> exclusions, List<int[]> pins) {
        MatchingInputBuilder b = MatchingInput.builder(TOPICS, SUBJECTS);
        es.forEach(b::mentee);
        rs.forEach(b::mentor);
        for (int[] w : wishes) {
            if (w[2] == 0) {
                b.menteeWishes(w[0], w[1]);
            } else {
                b.mentorWishes(w[1], w[0]);
            }
        }
        exclusions.forEach(x -> b.exclude(x[0], x[1]));
        pins.forEach(p -> b.pin(p[0], p[1]));
        return b.build();
    }

    private static int[] ids(Random r, int count) {
        int[] ids = new int[count];
        for (int k = 0; k < count; k++) {
            ids[k] = r.nextInt(r.nextBoolean() ? 3 : TOPICS); // the first topics are the common ones
        }
        return ids;
    }

    /** The best total over every feasible matching (pins kept), by exhaustive search. */
    static long bruteForce(Scorer scorer) {
        MatchingInput in = scorer.input();
        int[] places = new int[in.mentorCount()];
        for (int j = 0; j < places.length; j++) {
            places[j] = in.mentorConsent[j] ? in.freeCapacity(j) : 0;
        }
        for (int i = 0; i < in.menteeCount(); i++) {
            if (in.pinnedMentor(i) >= 0) {
                places[in.pinnedMentor(i)]--;
            }
        }
        return best(scorer, 0, places);
    }

    private static long best(Scorer scorer, int i, int[] places) {
        MatchingInput in = scorer.input();
        if (i == in.menteeCount()) {
            return 0;
        }
        int pin = in.pinnedMentor(i);
        if (pin >= 0) {
            return scorer.evaluate(i, pin) + best(scorer, i + 1, places);
        }
        long best = best(scorer, i + 1, places);
        for (int j = 0; j < places.length; j++) {
            int s = scorer.evaluate(i, j);
            if (s >= 0 && places[j] > 0) {
                places[j]--;
                best = Math.max(best, s + best(scorer, i + 1, places));
                places[j]++;
            }
        }
        return best;
    }
}
