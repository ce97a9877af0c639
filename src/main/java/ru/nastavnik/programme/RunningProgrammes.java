package ru.nastavnik.programme;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.PairLookup;
import ru.nastavnik.programme.internal.ProgrammeManagement;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * For the roadmap's figures: the statuses of the programmes of the pairs not ended. A pair ended early keeps its
 * approved programme, but it is no longer a pair at work — counting it would put it over the pairs not ended.
 * No title is shown, so no read is recorded.
 */
@Service
@Transactional(readOnly = true)
public class RunningProgrammes {

    private final PairLookup mentorships;
    private final ProgrammeManagement programmes;

    RunningProgrammes(PairLookup mentorships, ProgrammeManagement programmes) {
        this.mentorships = mentorships;
        this.programmes = programmes;
    }

    public List<ProgrammeStatus> statuses(NastavnikPrincipal caller, OrganisationId organisation) {
        PairLookup.check(caller, organisation);
        return programmes.statusesOfPairs(organisation, mentorships.notEnded(organisation));
    }

    /** As {@link #statuses}, for a caller who has read the pairs not ended already (their ids). */
    public List<ProgrammeStatus> statuses(
            NastavnikPrincipal caller, OrganisationId organisation, Collection<MentorshipId> notEnded) {
        PairLookup.check(caller, organisation);
        return programmes.statusesOfPairs(
                organisation, notEnded.stream().map(MentorshipId::value).collect(Collectors.toSet()));
    }
}
