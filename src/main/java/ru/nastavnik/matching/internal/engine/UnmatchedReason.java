package ru.nastavnik.matching.internal.engine;

/** Why a mentee was left without a mentor, the first that applies. */
public enum UnmatchedReason {
    /** The mentee has not consented to the processing of personal data. */
    NO_CONSENT,
    /** No consenting mentor she may reach (own organisation, shared bank) covers any of her needs. */
    NOBODY_COVERS_NEEDS,
    /** Mentors cover her needs, but none has a free place left after load and pins. */
    NO_FREE_CAPACITY,
    /** The only mentors left were ruled out for her by the organisation. */
    EXCLUDED,
    /** She had admissible mentors, but the optimum gave their places to others. */
    LOST_TO_OTHERS;

    static UnmatchedReason of(Scorer scorer, int[] places, int i) {
        MatchingInput in = scorer.input();
        if (!in.menteeConsent[i]) {
            return NO_CONSENT;
        }
        boolean covered = false;
        boolean withPlace = false;
        for (int j = 0; j < in.mentorCount; j++) {
            boolean reachable = in.mentorConsent[j]
                    && in.mentorPerson[j] != in.menteePerson[i]
                    && (in.sharedBank[j] || in.mentorOrganisation[j] == in.menteeOrganisation[i]);
            if (!reachable || in.needCount[i] > 0 && scorer.covered(i, j) == 0) {
                continue;
            }
            covered = true;
            if (places[j] > 0) {
                withPlace = true;
                if (!scorer.excluded(i, j)) {
                    return LOST_TO_OTHERS;
                }
            }
        }
        return !covered ? NOBODY_COVERS_NEEDS : withPlace ? EXCLUDED : NO_FREE_CAPACITY;
    }
}
