package ru.nastavnik.matching.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import ru.nastavnik.matching.Criteria;
import ru.nastavnik.matching.ProposalStatus;
import ru.nastavnik.matching.ProposalView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.PersonIdConverter;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;

/** A proposed pair: a draft until the curator approves it (the pair is then formed) or dismisses it. */
@Entity
@Table(name = "matching_proposal")
class Proposal extends OrganisationOwned {

    @Id
    private UUID id;

    @Column(name = "run_id")
    private UUID runId;

    @Column(name = "mentee_id")
    private UUID menteeId;

    @Column(name = "mentor_id")
    @Convert(converter = PersonIdConverter.class)
    private PersonId mentorId;

    private int score;
    private String explanation;
    private String alternatives;
    private boolean pinned;

    @Enumerated(EnumType.STRING)
    private ProposalStatus status;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private Long version;

    protected Proposal() {}

    Proposal(
            UUID run,
            OrganisationId organisation,
            PersonId mentee,
            PersonId mentor,
            Criteria criteria,
            List<UUID> alternativeMentors,
            List<Integer> alternativeScores,
            boolean pinned) {
        super(organisation);
        this.id = UUID.randomUUID();
        this.runId = run;
        this.menteeId = mentee.value();
        this.mentorId = mentor;
        this.score = criteria.total();
        this.explanation = encoded(criteria);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < alternativeMentors.size(); i++) {
            parts.add(alternativeMentors.get(i) + ":" + alternativeScores.get(i));
        }
        this.alternatives = String.join(";", parts);
        this.pinned = pinned;
        this.status = ProposalStatus.DRAFT;
    }

    void approve(Instant now) {
        decide(ProposalStatus.APPROVED, now);
    }

    void dismiss(Instant now) {
        decide(ProposalStatus.DISMISSED, now);
    }

    private void decide(ProposalStatus next, Instant now) {
        if (status != ProposalStatus.DRAFT) {
            throw InvalidInputException.of("status", "matching.proposal.decided");
        }
        status = next;
        decidedAt = now;
    }

    UUID id() {
        return id;
    }

    ProposalStatus status() {
        return status;
    }

    PersonId mentee() {
        return new PersonId(menteeId);
    }

    PersonId mentor() {
        return mentorId;
    }

    ProposalView view(Function<PersonId, String> names) {
        List<ProposalView.Alternative> alts = new ArrayList<>();
        if (!alternatives.isBlank()) {
            for (String part : alternatives.split(";")) {
                String[] p = part.split(":");
                PersonId mentor = new PersonId(UUID.fromString(p[0]));
                alts.add(new ProposalView.Alternative(mentor, names.apply(mentor), Integer.parseInt(p[1])));
            }
        }
        return new ProposalView(
                id,
                runId,
                organisation(),
                mentee(),
                names.apply(mentee()),
                mentor(),
                names.apply(mentor()),
                score,
                criteria(explanation),
                alts,
                pinned,
                status);
    }

    /** The criteria as stored in {@code explanation}. */
    private static String encoded(Criteria c) {
        return c.needs() + "," + c.subject() + "," + c.experience() + "," + c.locality() + "," + c.form() + ","
                + c.wishes() + "," + c.load() + "," + c.coveredNeeds() + "," + c.needCount() + "," + c.trained();
    }

    private static Criteria criteria(String text) {
        String[] p = text.split(",");
        return new Criteria(
                Integer.parseInt(p[0]),
                Integer.parseInt(p[1]),
                Integer.parseInt(p[2]),
                Integer.parseInt(p[3]),
                Integer.parseInt(p[4]),
                Integer.parseInt(p[5]),
                Integer.parseInt(p[6]),
                Integer.parseInt(p[7]),
                Integer.parseInt(p[8]),
                p.length > 9 ? Integer.parseInt(p[9]) : 0);
    }
}
