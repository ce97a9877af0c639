package ru.nastavnik.roadmap;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.shared.OrganisationId;

/**
 * A milestone reported by a module that depends on the roadmap (publishing, monitoring), which the roadmap therefore
 * cannot listen to by the module's own event: the module publishes this one after its change. {@code evidence} is
 * what shows it (a publication, a report), {@code note} an optional line beside it (never a person's name).
 */
public record MilestoneReached(
        OrganisationId organisation, Milestone milestone, Instant at, EvidenceKind kind, UUID evidence, String note) {

    public MilestoneReached {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(evidence, "evidence");
    }
}
