package ru.nastavnik.matching;

import java.util.List;
import java.util.Map;

import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/**
 * A municipal or regional run as the area's methodologist sees it: the run's figures and certificate, each school's
 * figures, and the proposals — a mentee never by name (methodologists see other schools' mentees only as counts),
 * a mentor by name only when she agreed to the shared bank ({@code mentorName} null otherwise).
 */
public record AreaRunView(RunView run, List<SchoolFigures> schools, Map<PersonId, OrganisationId> mentorSchools,
        Map<OrganisationId, String> schoolNames) {

    public record SchoolFigures(OrganisationId school, String name, int proposed, int fromOtherSchools, int unmatched) {
    }

    public String schoolName(OrganisationId school) {
        return schoolNames.getOrDefault(school, "");
    }

    public boolean crossesSchools(ProposalView proposal) {
        return !proposal.organisationId().equals(mentorSchools.get(proposal.mentorId()));
    }
}
