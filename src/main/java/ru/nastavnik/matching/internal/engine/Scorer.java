package ru.nastavnik.matching.internal.engine;

import java.util.Arrays;

/**
 * Scores a pair by the weighted criteria and rules out pairs that break a hard constraint. Every criterion is an
 * integer number of points, so an {@link Explanation} adds up to the score exactly. Thread-safe.
 */
public final class Scorer {

    static final int FULL = 100;
    static final int SAME_MUNICIPALITY = 60;
    static final int SAME_REGION = 30;
    /** Experience beyond this many years earns nothing more. */
    static final int EXPERIENCE_CAP = 20;

    static final int INADMISSIBLE = -1;

    private final MatchingInput in;
    private final Weights weights;
    /** Points that depend on the mentor alone (experience, load and training), computed once. */
    private final int[] mentorPoints;

    private final boolean[] mentorOpen;

    public Scorer(MatchingInput input, Weights weights) {
        this.in = input;
        this.weights = weights;
        mentorPoints = new int[input.mentorCount];
        mentorOpen = new boolean[input.mentorCount];
        for (int j = 0; j < input.mentorCount; j++) {
            mentorPoints[j] = experiencePoints(j) + loadPoints(j) + trainedPoints(j);
            mentorOpen[j] = input.mentorConsent[j] && input.freeCapacity(j) > 0;
        }
    }

    public MatchingInput input() {
        return in;
    }

    public boolean admissible(int mentee, int mentor) {
        return evaluate(mentee, mentor) != INADMISSIBLE;
    }

    /** The score of an admissible pair, or -1 when a hard constraint rules it out. The hot path of the engine. */
    public int evaluate(int i, int j) {
        MatchingInput in = this.in;
        if (!in.menteeConsent[i] || !mentorOpen[j] || in.menteePerson[i] == in.mentorPerson[j]) {
            return INADMISSIBLE;
        }
        boolean sameOrganisation = in.menteeOrganisation[i] == in.mentorOrganisation[j];
        if (!sameOrganisation && !in.sharedBank[j]) {
            return INADMISSIBLE;
        }
        int covered = covered(i, j);
        if (covered == 0 && in.needCount[i] > 0 || in.excluded[i].length > 0 && excluded(i, j)) {
            return INADMISSIBLE;
        }
        return needsPoints(i, covered)
                + subjectPoints(i, j)
                + mentorPoints[j]
                + (sameOrganisation ? weights.locality() * FULL : localityPoints(i, j))
                + formPoints(i, j)
                + wishPoints(i, j);
    }

    /**
     * The points a pair with this mentee can earn at most from the criteria that depend on her: every need covered,
     * her subject taught, the same organisation, a shared form, her wish granted. With {@link #mentorCeiling}, a
     * provable ceiling: {@code evaluate(i, j) ≤ menteeCeiling(i) + mentorCeiling(j)} for every pair.
     */
    int menteeCeiling(int i) {
        return (in.needCount[i] > 0 ? weights.needs() * FULL : 0)
                + (in.menteeSubject[i] >= 0 ? weights.subject() * FULL : 0)
                + weights.locality() * FULL
                + weights.form() * FULL
                + (in.menteeWishes[i].length > 0 ? weights.wishes() * (FULL / 2) : 0);
    }

    /**
     * {@link #menteeCeiling} for a mentor of another organisation: such a pair is admissible only through the shared
     * bank, and earns at most the locality of the same municipality.
     */
    int menteeCeilingElsewhere(int i) {
        return menteeCeiling(i) - weights.locality() * (FULL - SAME_MUNICIPALITY);
    }

    /** The part of {@link #menteeCeiling} that only a mentor who teaches the mentee's subject earns. */
    int subjectCeiling(int i) {
        return in.menteeSubject[i] >= 0 ? weights.subject() * FULL : 0;
    }

    /** Whether the mentor teaches this subject (a mentee's, or -1: none). */
    boolean teaches(int j, int subject) {
        return subject >= 0 && (in.mentorSubjects[j * in.subjectWords + (subject >>> 6)] >>> subject & 1L) != 0;
    }

    /** The points that depend on the mentor alone, and her wish granted: see {@link #menteeCeiling}. */
    int mentorCeiling(int j) {
        return mentorPoints[j] + (in.mentorWishes[j].length > 0 ? weights.wishes() * (FULL / 2) : 0);
    }

    /** The score of a pair split by criterion; it explains inadmissible pairs too (the constraints are separate). */
    public Explanation explain(int i, int j) {
        int covered = covered(i, j);
        return new Explanation(
                needsPoints(i, covered),
                subjectPoints(i, j),
                experiencePoints(j),
                localityPoints(i, j),
                formPoints(i, j),
                wishPoints(i, j),
                loadPoints(j),
                trainedPoints(j),
                covered,
                in.needCount[i]);
    }

    /** The first hard constraint the pair breaks, or null when it is admissible. */
    public Inadmissibility whyInadmissible(int i, int j) {
        if (!in.menteeConsent[i]) {
            return Inadmissibility.MENTEE_WITHOUT_CONSENT;
        }
        if (!in.mentorConsent[j]) {
            return Inadmissibility.MENTOR_WITHOUT_CONSENT;
        }
        if (in.freeCapacity(j) == 0) {
            return Inadmissibility.NO_FREE_CAPACITY;
        }
        if (in.menteeOrganisation[i] != in.mentorOrganisation[j] && !in.sharedBank[j]) {
            return Inadmissibility.OTHER_ORGANISATION;
        }
        if (in.menteePerson[i] == in.mentorPerson[j]) {
            return Inadmissibility.SAME_PERSON;
        }
        if (in.needCount[i] > 0 && covered(i, j) == 0) {
            return Inadmissibility.NO_NEED_COVERED;
        }
        return excluded(i, j) ? Inadmissibility.EXCLUDED : null;
    }

    int covered(int i, int j) {
        int words = in.topicWords;
        int a = i * words;
        int b = j * words;
        int covered = 0;
        for (int w = 0; w < words; w++) {
            covered += Long.bitCount(in.needs[a + w] & in.competences[b + w]);
        }
        return covered;
    }

    boolean excluded(int i, int j) {
        return Arrays.binarySearch(in.excluded[i], j) >= 0;
    }

    /** A mentee who named no needs gets no points here: there is nothing to cover. */
    private int needsPoints(int i, int covered) {
        int count = in.needCount[i];
        return count == 0 ? 0 : weights.needs() * (FULL * covered / count);
    }

    private int subjectPoints(int i, int j) {
        return teaches(j, in.menteeSubject[i]) ? weights.subject() * FULL : 0;
    }

    private int experiencePoints(int j) {
        int years = Math.min(in.experienceYears[j], EXPERIENCE_CAP);
        return weights.experience()
                * (FULL / 2 * years / EXPERIENCE_CAP + FULL / 2 * in.category[j] / MatchingInput.MAX_CATEGORY);
    }

    private int localityPoints(int i, int j) {
        if (in.menteeOrganisation[i] == in.mentorOrganisation[j]) {
            return weights.locality() * FULL;
        }
        if (in.menteeMunicipality[i] == in.mentorMunicipality[j]) {
            return weights.locality() * SAME_MUNICIPALITY;
        }
        return in.menteeRegion[i] == in.mentorRegion[j] ? weights.locality() * SAME_REGION : 0;
    }

    /** No preference on either side fits half-way: any form will do, but it is not a shared wish. */
    private int formPoints(int i, int j) {
        int a = in.menteeForms[i];
        int b = in.mentorForms[j];
        if ((a & b) != 0) {
            return weights.form() * FULL;
        }
        return a == 0 || b == 0 ? weights.form() * (FULL / 2) : 0;
    }

    private int wishPoints(int i, int j) {
        int points = 0;
        if (in.menteeWishes[i].length > 0 && Arrays.binarySearch(in.menteeWishes[i], j) >= 0) {
            points += FULL / 2;
        }
        if (in.mentorWishes[j].length > 0 && Arrays.binarySearch(in.mentorWishes[j], i) >= 0) {
            points += FULL / 2;
        }
        return weights.wishes() * points;
    }

    /** A trained mentor first, when the organisation scores training instead of requiring it. */
    private int trainedPoints(int j) {
        return in.trained[j] ? weights.trained() * FULL : 0;
    }

    /** Less loaded mentors first: a mentor's current pairs also need her time. */
    private int loadPoints(int j) {
        int cap = in.capacity[j];
        return cap == 0 ? 0 : weights.load() * (FULL * Math.max(0, cap - in.load[j]) / cap);
    }
}
