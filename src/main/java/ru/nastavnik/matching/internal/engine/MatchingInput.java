package ru.nastavnik.matching.internal.engine;

import java.util.Arrays;
import java.util.List;

/**
 * The mentees and mentors of one matching run packed into primitive arrays (one array per feature), so that scoring
 * every admissible pair of a region reads a few cache lines per pair and allocates nothing. Immutable.
 */
public final class MatchingInput {

    /** Highest qualification category ordinal: none, first, highest, methodist or mentor teacher. */
    public static final int MAX_CATEGORY = 3;

    static final int NOT_PINNED = -1;
    private static final int[] NONE = new int[0];

    final int topicWords;
    final int subjectWords;

    final int menteeCount;
    final long[] menteePerson;
    final int[] menteeOrganisation;
    final int[] menteeMunicipality;
    final int[] menteeRegion;
    final int[] menteeSubject;
    final int[] menteeForms;
    final boolean[] menteeConsent;
    final long[] needs;
    final int[] needCount;
    final int[] pinnedMentor;
    final int[][] menteeWishes;
    final int[][] excluded;

    final int mentorCount;
    final long[] mentorPerson;
    final int[] mentorOrganisation;
    final int[] mentorMunicipality;
    final int[] mentorRegion;
    final long[] mentorSubjects;
    final long[] competences;
    final int[] experienceYears;
    final int[] category;
    final int[] mentorForms;
    final int[] load;
    final int[] capacity;
    final boolean[] sharedBank;
    final boolean[] mentorConsent;
    final boolean[] trained;
    final int[][] mentorWishes;

    MatchingInput(MatchingInputBuilder b) {
        topicWords = (b.topics + 63) >>> 6;
        subjectWords = (b.subjects + 63) >>> 6;
        List<Mentee> es = b.mentees;
        menteeCount = es.size();
        menteePerson = new long[menteeCount];
        menteeOrganisation = new int[menteeCount];
        menteeMunicipality = new int[menteeCount];
        menteeRegion = new int[menteeCount];
        menteeSubject = new int[menteeCount];
        menteeForms = new int[menteeCount];
        menteeConsent = new boolean[menteeCount];
        needs = new long[menteeCount * topicWords];
        needCount = new int[menteeCount];
        for (int i = 0; i < menteeCount; i++) {
            Mentee e = es.get(i);
            menteePerson[i] = e.person();
            menteeOrganisation[i] = e.place().organisation();
            menteeMunicipality[i] = e.place().municipality();
            menteeRegion[i] = e.place().region();
            if (e.subject() >= b.subjects) {
                throw new IllegalArgumentException("Subject id " + e.subject() + " is outside the vocabulary");
            }
            menteeSubject[i] = e.subject();
            menteeForms[i] = e.forms();
            menteeConsent[i] = e.consent();
            Ids.setBits(needs, i * topicWords, b.topics, e.needs(), "Need");
            for (int w = 0; w < topicWords; w++) {
                needCount[i] += Long.bitCount(needs[i * topicWords + w]);
            }
        }
        List<Mentor> rs = b.mentors;
        mentorCount = rs.size();
        mentorPerson = new long[mentorCount];
        mentorOrganisation = new int[mentorCount];
        mentorMunicipality = new int[mentorCount];
        mentorRegion = new int[mentorCount];
        mentorSubjects = new long[mentorCount * subjectWords];
        competences = new long[mentorCount * topicWords];
        experienceYears = new int[mentorCount];
        category = new int[mentorCount];
        mentorForms = new int[mentorCount];
        load = new int[mentorCount];
        capacity = new int[mentorCount];
        sharedBank = new boolean[mentorCount];
        mentorConsent = new boolean[mentorCount];
        trained = new boolean[mentorCount];
        for (int j = 0; j < mentorCount; j++) {
            Mentor r = rs.get(j);
            mentorPerson[j] = r.person();
            mentorOrganisation[j] = r.place().organisation();
            mentorMunicipality[j] = r.place().municipality();
            mentorRegion[j] = r.place().region();
            Ids.setBits(mentorSubjects, j * subjectWords, b.subjects, r.subjects(), "Subject");
            Ids.setBits(competences, j * topicWords, b.topics, r.competences(), "Competence");
            experienceYears[j] = r.experienceYears();
            category[j] = r.category();
            mentorForms[j] = r.forms();
            load[j] = r.load();
            capacity[j] = r.capacity();
            sharedBank[j] = r.sharedBank();
            mentorConsent[j] = r.consent();
            trained[j] = r.trained();
        }
        pinnedMentor = new int[menteeCount];
        Arrays.fill(pinnedMentor, NOT_PINNED);
        b.pins.forEach((mentee, mentor) -> pinnedMentor[mentee] = mentor);
        menteeWishes = group(b.menteeWishes, menteeCount, 0);
        excluded = group(b.exclusions, menteeCount, 0);
        mentorWishes = group(b.mentorWishes, mentorCount, 1);
    }

    public static MatchingInputBuilder builder(int topics, int subjects) {
        return new MatchingInputBuilder(topics, subjects);
    }

    public int menteeCount() {
        return menteeCount;
    }

    public int mentorCount() {
        return mentorCount;
    }

    /** The mentor this mentee is pinned to, or -1. */
    public int pinnedMentor(int mentee) {
        return pinnedMentor[mentee];
    }

    public int organisationOfMentee(int mentee) {
        return menteeOrganisation[mentee];
    }

    public int organisationOfMentor(int mentor) {
        return mentorOrganisation[mentor];
    }

    /** Places a mentor may still take before pins: capacity minus current load. */
    public int freeCapacity(int mentor) {
        return Math.max(0, capacity[mentor] - load[mentor]);
    }

    boolean hasConsent(int mentee) {
        return menteeConsent[mentee];
    }

    /** Sorted, duplicate-free lists per owner; the other side of each pair (index 1 - ownerSlot) is listed. */
    private static int[][] group(List<long[]> pairs, int owners, int ownerSlot) {
        int[] count = new int[owners];
        for (long[] p : pairs) {
            count[(int) p[ownerSlot]]++;
        }
        int[][] lists = new int[owners][];
        for (int o = 0; o < owners; o++) {
            lists[o] = count[o] == 0 ? NONE : new int[count[o]];
            count[o] = 0;
        }
        for (long[] p : pairs) {
            int o = (int) p[ownerSlot];
            lists[o][count[o]++] = (int) p[1 - ownerSlot];
        }
        for (int o = 0; o < owners; o++) {
            if (lists[o].length > 1) {
                lists[o] = Arrays.stream(lists[o]).sorted().distinct().toArray();
            }
        }
        return lists;
    }
}
