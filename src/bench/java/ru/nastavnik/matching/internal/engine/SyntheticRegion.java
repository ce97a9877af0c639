package ru.nastavnik.matching.internal.engine;

import java.util.Random;

/**
 * A seeded synthetic region for the benchmark: one region of municipalities and schools of uneven size; needs and
 * competences skewed over 40 topics (Zipf: a few topics are wanted and offered by many); most mentors keep to their
 * school, a share joined the shared bank; a few wishes, exclusions, pins, missing consents, people in both banks.
 * {@link Shape#usual()} is the region the engine was first tuned on; {@link Shape#dense()} one where mentors mark
 * many competences and four in ten joined the shared bank (issue 21: four times the admissible pairs).
 */
final class SyntheticRegion {

    static final int TOPICS = 40;

    /**
     * The generator's parameters: competences per mentor are drawn uniformly from {@code minCompetences} to
     * {@code maxCompetences}; {@code sharedShare} of the mentors joined the shared bank.
     */
    record Shape(int schools, int municipalities, int subjects, int minCompetences, int maxCompetences,
            double sharedShare) {

        static Shape usual() {
            return new Shape(600, 20, 20, 2, 6, 0.10);
        }

        static Shape dense() {
            return new Shape(1_000, 30, 15, 3, 8, 0.40);
        }
    }

    private final Random random;
    private final Shape shape;
    private final double[] topicCdf = zipf(TOPICS, 1.0);
    private final double[] subjectCdf;
    private final double[] schoolCdf;

    SyntheticRegion(long seed, Shape shape) {
        random = new Random(seed);
        this.shape = shape;
        subjectCdf = zipf(shape.subjects(), 0.8);
        double[] size = new double[shape.schools()];
        for (int s = 0; s < size.length; s++) {
            size[s] = 0.3 + -Math.log(1 - random.nextDouble()); // exponential: a few big schools, many small
        }
        schoolCdf = cumulative(size);
    }

    MatchingInput generate(int mentees, int mentors, int maxCapacity) {
        double sharedShare = shape.sharedShare();
        int competences = shape.maxCompetences() - shape.minCompetences() + 1;
        MatchingInputBuilder b = MatchingInput.builder(TOPICS, shape.subjects());
        int[] menteeSchool = new int[mentees];
        for (int i = 0; i < mentees; i++) {
            int school = pick(schoolCdf);
            menteeSchool[i] = school;
            b.mentee(new Mentee(i, place(school), pick(subjectCdf), distinct(topicCdf, 1 + random.nextInt(4)),
                    random.nextInt(8), random.nextDouble() < 0.97));
        }
        int[] mentorSchool = new int[mentors];
        for (int j = 0; j < mentors; j++) {
            int school = pick(schoolCdf);
            mentorSchool[j] = school;
            int capacity = 1 + random.nextInt(maxCapacity);
            int load = random.nextDouble() < 0.2 ? random.nextInt(capacity) : 0;
            long person = 1_000_000L + j;
            if (random.nextDouble() < 0.03) {
                person = random.nextInt(mentees); // a teacher in both banks
            }
            b.mentor(new Mentor(person, place(school), distinct(subjectCdf, 1 + random.nextInt(2)),
                    distinct(topicCdf, shape.minCompetences() + random.nextInt(competences)), random.nextInt(41), category(), 1 + random.nextInt(7),
                    load, capacity, random.nextDouble() < sharedShare, random.nextDouble() < 0.97));
        }
        MentorsBySchool bySchool = new MentorsBySchool(mentorSchool, shape.schools());
        MatchingInput plain = b.build();
        Scorer scorer = new Scorer(plain, Weights.defaults());
        int[] places = new int[mentors];
        for (int j = 0; j < mentors; j++) {
            places[j] = plain.freeCapacity(j);
        }
        for (int i = 0; i < mentees; i++) {
            int j = bySchool.any(menteeSchool[i], random);
            if (j < 0) {
                continue;
            }
            double roll = random.nextDouble();
            if (roll < 0.03) {
                b.menteeWishes(i, j);
            } else if (roll < 0.05) {
                b.mentorWishes(j, i);
            } else if (roll < 0.06) {
                b.exclude(i, j);
            } else if (roll < 0.065 && scorer.admissible(i, j) && places[j] > 0) {
                places[j]--;
                b.pin(i, j);
            }
        }
        return b.build();
    }

    private Place place(int school) {
        return new Place(school, school % shape.municipalities(), 0);
    }

    /** Most teachers have the first or the highest category, a few none, fewer the newest ones. */
    private int category() {
        double r = random.nextDouble();
        return r < 0.2 ? 0 : r < 0.6 ? 1 : r < 0.9 ? 2 : 3;
    }

    private int[] distinct(double[] cdf, int count) {
        long chosen = 0;
        int[] ids = new int[count];
        int k = 0;
        while (k < count) {
            int id = pick(cdf);
            if ((chosen & 1L << id) == 0) {
                chosen |= 1L << id;
                ids[k++] = id;
            }
        }
        return ids;
    }

    private int pick(double[] cdf) {
        int at = java.util.Arrays.binarySearch(cdf, random.nextDouble());
        return Math.min(cdf.length - 1, at < 0 ? -at - 1 : at);
    }

    private static double[] zipf(int n, double s) {
        double[] w = new double[n];
        for (int k = 0; k < n; k++) {
            w[k] = 1 / Math.pow(k + 1, s);
        }
        return cumulative(w);
    }

    private static double[] cumulative(double[] w) {
        double total = 0;
        for (double x : w) {
            total += x;
        }
        double[] cdf = new double[w.length];
        double run = 0;
        for (int k = 0; k < w.length; k++) {
            run += w[k];
            cdf[k] = run / total;
        }
        return cdf;
    }

    /** Mentors listed per school, to draw wishes and pins inside a school. */
    private static final class MentorsBySchool {
        private final int[][] lists;

        MentorsBySchool(int[] school, int schools) {
            int[] count = new int[schools];
            for (int s : school) {
                count[s]++;
            }
            lists = new int[schools][];
            for (int s = 0; s < schools; s++) {
                lists[s] = new int[count[s]];
                count[s] = 0;
            }
            for (int j = 0; j < school.length; j++) {
                lists[school[j]][count[school[j]]++] = j;
            }
        }

        int any(int school, Random random) {
            int[] l = lists[school];
            return l.length == 0 ? -1 : l[random.nextInt(l.length)];
        }
    }
}
