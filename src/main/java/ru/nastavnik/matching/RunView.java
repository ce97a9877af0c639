package ru.nastavnik.matching;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/**
 * A matching run: its figures, its optimality certificate (the total equals the dual bound, and the duals were
 * checked over every admissible pair), the proposals and who was left without a mentor and why.
 */
public record RunView(
        UUID id,
        OrganisationId organisationId,
        Instant createdAt,
        MatchingWeights weights,
        int mentees,
        int mentors,
        long admissiblePairs,
        long candidateEdges,
        int pricingRounds,
        long totalScore,
        long dualBound,
        long greedyTotal,
        boolean certificateValid,
        int solveMillis,
        List<ProposalView> proposals,
        List<Unmatched> unmatched,
        List<SkippedPin> skippedPins) {

    /** A pin the run could not keep: the mentor has no free place now, or the pair is no longer admissible. */
    public record SkippedPin(PersonId menteeId, String menteeName, PersonId mentorId, String mentorName) {}

    /** Everyone the run names: its mentees and mentors, those left without a mentor, the pins it could not keep. */
    public List<PersonId> named() {
        return java.util.stream.Stream.of(
                        proposals.stream().flatMap(p -> java.util.stream.Stream.of(p.menteeId(), p.mentorId())),
                        unmatched.stream().map(Unmatched::menteeId),
                        skippedPins.stream().flatMap(p -> java.util.stream.Stream.of(p.menteeId(), p.mentorId())))
                .flatMap(ids -> ids)
                .distinct()
                .toList();
    }

    public boolean optimal() {
        return certificateValid && totalScore == dualBound;
    }

    public record Unmatched(PersonId menteeId, String menteeName, String reason) {

        public String messageKey() {
            return "matching.unmatched." + reason;
        }
    }
}
