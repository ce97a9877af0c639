package ru.nastavnik.mentorship;

import java.time.LocalDate;
import java.util.List;
import ru.nastavnik.people.PersonId;

/**
 * What a working pair's programme shows of its life, for monitoring (pair health): counts and dates only.
 *
 * @param startedOn           the pair's start
 * @param programmeStatus     the programme's status, or null when the pair has none yet
 * @param lastMeeting         the latest meeting logged, or null
 * @param overdueActivities   activities past their date and not done
 * @param doneWithoutEvidence activities marked done with nothing attached to show it
 * @param programme           the pair's latest programme, or null (its dates give the mid-point check-in's term)
 */
public record PairFacts(
        MentorshipId pair,
        List<PersonId> mentors,
        List<PersonId> mentees,
        LocalDate startedOn,
        String programmeStatus,
        LocalDate lastMeeting,
        int overdueActivities,
        int doneWithoutEvidence,
        ProgrammeTerm programme) {

    public PairFacts {
        mentors = List.copyOf(mentors);
        mentees = List.copyOf(mentees);
    }

    /** A pair whose programme's term is not needed (or who has none). */
    public PairFacts(
            MentorshipId pair,
            List<PersonId> mentors,
            List<PersonId> mentees,
            LocalDate startedOn,
            String programmeStatus,
            LocalDate lastMeeting,
            int overdueActivities,
            int doneWithoutEvidence) {
        this(
                pair,
                mentors,
                mentees,
                startedOn,
                programmeStatus,
                lastMeeting,
                overdueActivities,
                doneWithoutEvidence,
                null);
    }

    /** A programme's id and planned term. */
    public record ProgrammeTerm(java.util.UUID id, LocalDate startsOn, LocalDate endsOn) {}
}
