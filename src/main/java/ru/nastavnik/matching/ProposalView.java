package ru.nastavnik.matching;

import java.util.List;
import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/** A proposed pair: its score and why, and the next-best mentors for the same mentee. */
public record ProposalView(
        UUID id,
        UUID runId,
        OrganisationId organisationId,
        PersonId menteeId,
        String menteeName,
        PersonId mentorId,
        String mentorName,
        int score,
        Criteria criteria,
        List<Alternative> alternatives,
        boolean pinned,
        ProposalStatus status) {

    public record Alternative(PersonId mentorId, String mentorName, int score) {}
}
