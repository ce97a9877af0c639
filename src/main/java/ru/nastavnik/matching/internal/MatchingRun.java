package ru.nastavnik.matching.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import ru.nastavnik.matching.MatchingWeights;
import ru.nastavnik.matching.ProposalView;
import ru.nastavnik.matching.RunView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;

/** One run of the optimiser over an organisation's banks, kept with its certificate of optimality. */
@Entity
@Table(name = "matching_run")
class MatchingRun extends OrganisationOwned {

    @Id
    private UUID id;

    @Column(name = "created_at")
    private Instant createdAt;

    private String weights;
    private int mentees;
    private int mentors;

    @Column(name = "admissible_pairs")
    private long admissiblePairs;

    @Column(name = "candidate_edges")
    private long candidateEdges;

    @Column(name = "pricing_rounds")
    private int pricingRounds;

    @Column(name = "total_score")
    private long totalScore;

    @Column(name = "dual_bound")
    private long dualBound;

    @Column(name = "greedy_total")
    private long greedyTotal;

    @Column(name = "certificate_valid")
    private boolean certificateValid;

    private String certificate;

    @Column(name = "solve_millis")
    private int solveMillis;

    @Column(name = "skipped_pins")
    private String skippedPins;

    protected MatchingRun() {}

    MatchingRun(
            OrganisationId organisation,
            MatchingWeights weights,
            Instant now,
            int mentees,
            int mentors,
            long admissiblePairs,
            long candidateEdges,
            int pricingRounds,
            long totalScore,
            long dualBound,
            long greedyTotal,
            boolean certificateValid,
            String certificate,
            int solveMillis,
            java.util.List<String> skippedPins) {
        super(organisation);
        this.skippedPins = String.join(";", skippedPins);
        this.id = UUID.randomUUID();
        this.weights = encoded(weights);
        this.createdAt = now;
        this.mentees = mentees;
        this.mentors = mentors;
        this.admissiblePairs = admissiblePairs;
        this.candidateEdges = candidateEdges;
        this.pricingRounds = pricingRounds;
        this.totalScore = totalScore;
        this.dualBound = dualBound;
        this.greedyTotal = greedyTotal;
        this.certificateValid = certificateValid;
        this.certificate = certificate;
        this.solveMillis = solveMillis;
    }

    UUID id() {
        return id;
    }

    MatchingWeights weights() {
        return decoded(weights);
    }

    RunView view(
            java.util.List<ProposalView> proposals,
            java.util.List<RunView.Unmatched> unmatched,
            java.util.function.Function<PersonId, String> names) {
        java.util.List<RunView.SkippedPin> skipped = skippedPins == null || skippedPins.isEmpty()
                ? java.util.List.of()
                : java.util.Arrays.stream(skippedPins.split(";"))
                        .map(pair -> {
                            PersonId mentee = PersonId.of(pair.substring(0, pair.indexOf(':')));
                            PersonId mentor = PersonId.of(pair.substring(pair.indexOf(':') + 1));
                            return new RunView.SkippedPin(mentee, names.apply(mentee), mentor, names.apply(mentor));
                        })
                        .toList();
        return new RunView(
                id,
                organisation(),
                createdAt,
                weights(),
                mentees,
                mentors,
                admissiblePairs,
                candidateEdges,
                pricingRounds,
                totalScore,
                dualBound,
                greedyTotal,
                certificateValid,
                solveMillis,
                proposals,
                unmatched,
                skipped);
    }

    /** The weights as stored in {@code weights}. */
    private static String encoded(MatchingWeights w) {
        return w.needs() + "," + w.subject() + "," + w.experience() + "," + w.locality() + "," + w.form() + ","
                + w.wishes() + "," + w.load() + "," + (w.onlyTrained() ? 1 : 0) + "," + w.trained();
    }

    private static MatchingWeights decoded(String text) {
        String[] p = text.split(",");
        return new MatchingWeights(
                Integer.valueOf(p[0]),
                Integer.valueOf(p[1]),
                Integer.valueOf(p[2]),
                Integer.valueOf(p[3]),
                Integer.valueOf(p[4]),
                Integer.valueOf(p[5]),
                Integer.valueOf(p[6]),
                p.length > 7 && "1".equals(p[7]),
                p.length > 8 ? Integer.valueOf(p[8]) : 0);
    }
}
