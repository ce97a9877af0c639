package ru.nastavnik.matching;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Selecting mentors for a school (stage 4), as other modules use it: the pairs module approves proposals as pairs
 * and reads why a mentee was left without a mentor, the demonstration data runs it. The rest (suggestions,
 * dismissals, the weights last used) is {@code internal.SchoolMatching}'s, which implements this.
 */
public interface Matching {

    /**
     * Every mentee of the bank without a pair against every mentor of the bank: the assignment with the greatest
     * total score within capacities, proved optimal by the dual certificate; the curator's pins and exclusions hold.
     * {@code weights}: null for the school's last choice.
     */
    RunView run(NastavnikPrincipal caller, OrganisationId organisation, MatchingWeights weights);

    /** The school's latest run, if any. */
    Optional<RunView> latest(NastavnikPrincipal caller, OrganisationId organisation);

    /**
     * Marks these draft proposals of the organisation approved, for the pairs module that forms their pairs in the
     * same transaction; names are read once for all of them.
     */
    List<ProposalView> approveAll(NastavnikPrincipal caller, OrganisationId organisation, List<UUID> ids);
}
