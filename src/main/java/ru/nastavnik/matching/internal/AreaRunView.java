package ru.nastavnik.matching.internal;

import java.util.List;
import ru.nastavnik.matching.Criteria;
import ru.nastavnik.matching.ProposalStatus;
import ru.nastavnik.matching.RunView;

/**
 * A municipal or regional run as the area's methodologist sees it: the run's figures and certificate, each school's
 * figures, and the proposals by school. No person ids: a mentee is never named (methodologists see other schools'
 * mentees only as counts), a mentor only when she agreed to the shared bank ({@code mentorName} null otherwise).
 */
public record AreaRunView(RunView run, List<SchoolFigures> schools, List<AreaProposal> proposals) {

    public record SchoolFigures(String name, int proposed, int fromOtherSchools, int unmatched) {}

    /** {@code mentorTrained}: a mentor not yet trained is flagged, whether training is a rule or a criterion. */
    public record AreaProposal(
            String menteeSchool,
            String mentorName,
            String mentorSchool,
            boolean crossesSchools,
            int score,
            Criteria criteria,
            ProposalStatus status,
            boolean mentorTrained) {}
}
