package ru.nastavnik.mentorship.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.matching.Matching;
import ru.nastavnik.matching.ProposalView;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.ProposalApproval;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Approving matching proposals forms their pairs, all in one transaction: if one cannot be formed (the mentor's
 * places were taken meanwhile, a consent withdrawn), none is, and the message names the mentee.
 */
@Service
@Transactional
public class ProposalApprovals implements ProposalApproval {

    private final Matching matching;
    private final PairManagement mentorships;

    ProposalApprovals(Matching matching, PairManagement mentorships) {
        this.matching = matching;
        this.mentorships = mentorships;
    }

    public List<MentorshipView> approve(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            List<UUID> proposals,
            String form,
            LocalDate startsOn,
            LocalDate endsOn) {
        if (proposals == null || proposals.isEmpty()) {
            throw InvalidInputException.of("proposalIds", "mentorship.proposal.none");
        }
        List<Mentorship> formed = new ArrayList<>();
        for (ProposalView proposal : matching.approveAll(
                caller, organisation, proposals.stream().distinct().toList())) {
            try {
                formed.add(mentorships.form(
                        caller,
                        organisation,
                        new NewMentorship(
                                List.of(proposal.mentorId()),
                                List.of(proposal.menteeId()),
                                form,
                                startsOn,
                                endsOn,
                                proposal.id())));
            } catch (InvalidInputException e) {
                throw new Refused(proposal.menteeName(), e);
            }
        }
        java.util.function.Function<ru.nastavnik.people.PersonId, String> names = mentorships.names(
                caller,
                organisation,
                formed.stream().flatMap(m -> m.people().stream()).toList());
        return formed.stream().map(m -> m.view(names)).toList();
    }
}
