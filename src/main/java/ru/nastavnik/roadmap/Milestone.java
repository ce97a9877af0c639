package ru.nastavnik.roadmap;

/**
 * What happened in another module that shows a roadmap activity done. A lasting milestone (the Regulation approved,
 * the banks formed) holds in every later school year too; the others must happen again each year.
 */
public enum Milestone {
    REGULATION_APPROVED(1, true),
    /** The participants' consents coming in: to their data's processing, the mentors' to the duties (art. 351.8). */
    CONSENTS_RECEIVED(1, false),
    NEEDS_SURVEY_CLOSED(2, false),
    MENTEE_BANK_FORMED(2, true),
    MENTOR_SURVEY_CLOSED(3, false),
    MENTOR_BANK_FORMED(3, true),
    /** Mentors chosen for the mentees' programmes: shown by the registered order that assigns the pairs. */
    MENTORS_SELECTED(4, false),
    MENTOR_TRAINED(4, false),
    SESSION_HELD(4, false),
    PAIRS_ASSIGNED(5, false),
    PROGRAMMES_APPROVED(5, false),
    SATISFACTION_SURVEY_CLOSED(6, false),
    CONFERENCE_HELD(6, false),
    ROUND_TABLE_HELD(6, false),
    /** Reported by a leaf module through {@link MilestoneReached}: news of the mentorship published. */
    PUBLISHED(7, false);

    private final int stage;
    private final boolean lasting;

    Milestone(int stage, boolean lasting) {
        this.stage = stage;
        this.lasting = lasting;
    }

    public int stage() {
        return stage;
    }

    public boolean lasting() {
        return lasting;
    }

    public String messageKey() {
        return "roadmap.milestone." + name();
    }

    /** Who answers for an activity of this milestone by role, where the plan names no one (page and document). */
    public String responsibleKey() {
        return "roadmap.responsible." + name();
    }
}
