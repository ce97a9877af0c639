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
 */
public record PairFacts(MentorshipId pair, List<PersonId> mentors, List<PersonId> mentees, LocalDate startedOn,
        String programmeStatus, LocalDate lastMeeting, int overdueActivities, int doneWithoutEvidence) {

    public PairFacts {
        mentors = List.copyOf(mentors);
        mentees = List.copyOf(mentees);
    }
}
