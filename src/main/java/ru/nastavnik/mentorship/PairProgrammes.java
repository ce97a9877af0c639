package ru.nastavnik.mentorship;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ru.nastavnik.shared.OrganisationId;

/**
 * What the pairs' orders and pages need to know of the pairs' programmes. Declared here and implemented by the
 * {@code programme} module ({@code programme.ProgrammesOfPairs}), which depends on this one — never the other way,
 * as {@link RoadmapSource} is implemented by {@code roadmap}. Called synchronously: the approval order checks and
 * approves the programmes in its own registration's transaction (all or nothing).
 */
public interface PairProgrammes {

    /** These programmes as the approval order sees them, those found only, in no particular order. */
    List<Approvable> programmes(List<UUID> programmeIds);

    /** The pair's programme is one the approval order may approve: a draft, or approved on its page and running. */
    boolean orderable(MentorshipId pair);

    /** The registered approval order approves the pair's draft programme; it starts at once if the pair is at work. */
    void approveByOrder(MentorshipId pair, LocalDate on, boolean pairAtWork);

    /** The pair's programme, if it has one (not terminated). */
    Optional<UUID> programmeOf(MentorshipId pair);

    /** A programme as the approval order sees it. */
    record Approvable(UUID id, OrganisationId organisation, MentorshipId pair, boolean orderable) {}
}
