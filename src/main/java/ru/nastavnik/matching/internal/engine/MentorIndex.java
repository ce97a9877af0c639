package ru.nastavnik.matching.internal.engine;

import java.util.Arrays;

/**
 * The mentors a mentee can reach, without looking at all of them: most mentors keep to their own organisation, so
 * the open mentors are grouped by organisation and those of the shared bank listed once more. A mentee reaches the
 * group of her organisation plus the shared mentors of other organisations.
 */
final class MentorIndex {

    /** Open mentors (consent, a free place) sorted by organisation. */
    final int[] byOrganisation;
    /** Open mentors of the shared bank. */
    final int[] shared;

    private final int[] organisations;
    private final int[] groupStart;

    /** {@code capacity[j] > 0} decides which mentors are open. */
    MentorIndex(MatchingInput in, int[] capacity) {
        int open = 0;
        int sharedCount = 0;
        for (int j = 0; j < in.mentorCount; j++) {
            if (in.mentorConsent[j] && capacity[j] > 0) {
                open++;
                sharedCount += in.sharedBank[j] ? 1 : 0;
            }
        }
        long[] keyed = new long[open];
        shared = new int[sharedCount];
        int k = 0;
        int s = 0;
        for (int j = 0; j < in.mentorCount; j++) {
            if (in.mentorConsent[j] && capacity[j] > 0) {
                keyed[k++] = (long) in.mentorOrganisation[j] << 32 | j;
                if (in.sharedBank[j]) {
                    shared[s++] = j;
                }
            }
        }
        Arrays.sort(keyed);
        byOrganisation = new int[open];
        int[] orgs = new int[open];
        int[] starts = new int[open + 1];
        int groups = 0;
        for (int p = 0; p < open; p++) {
            int org = (int) (keyed[p] >>> 32);
            byOrganisation[p] = (int) keyed[p];
            if (groups == 0 || orgs[groups - 1] != org) {
                orgs[groups] = org;
                starts[groups++] = p;
            }
        }
        starts[groups] = open;
        organisations = Arrays.copyOf(orgs, groups);
        groupStart = Arrays.copyOf(starts, groups + 1);
    }

    /** Start in {@link #byOrganisation} of the organisation's mentors; {@link #to} is the end. */
    int from(int organisation) {
        int g = Arrays.binarySearch(organisations, organisation);
        return g < 0 ? 0 : groupStart[g];
    }

    int to(int organisation) {
        int g = Arrays.binarySearch(organisations, organisation);
        return g < 0 ? 0 : groupStart[g + 1];
    }
}
