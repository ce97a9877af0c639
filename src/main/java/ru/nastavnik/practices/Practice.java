package ru.nastavnik.practices;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;

/** A proposed best practice; only the curator's decision moves it, once, to accepted or rejected. */
@Entity
@Table(name = "practice")
class Practice {

    @Id
    private UUID id;
    @Column(name = "organisation_id")
    private UUID organisationId;
    private String title;
    private String summary;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "practice_author", joinColumns = @JoinColumn(name = "practice_id"))
    @OrderColumn(name = "position")
    @Column(name = "person_id")
    private List<UUID> authors = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind")
    private PracticeSourceKind sourceKind;
    @Column(name = "source_id")
    private UUID sourceId;
    @Enumerated(EnumType.STRING)
    private PracticeStatus status;
    @Column(name = "rejection_reason")
    private String rejectionReason;
    @Column(name = "proposed_at")
    private Instant proposedAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Version
    private Long version;

    protected Practice() {
    }

    Practice(NewPractice proposal, Instant now) {
        this.id = UUID.randomUUID();
        this.organisationId = proposal.organisation().value();
        this.title = proposal.title();
        this.summary = proposal.summary();
        proposal.authors().stream().map(PersonId::value).distinct().forEach(authors::add);
        this.sourceKind = proposal.sourceKind();
        this.sourceId = proposal.sourceId();
        this.status = PracticeStatus.PROPOSED;
        this.proposedAt = now;
    }

    void accept(Instant now) {
        requireProposed();
        status = PracticeStatus.ACCEPTED;
        decidedAt = now;
    }

    void reject(String reason, Instant now) {
        requireProposed();
        if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
            throw InvalidInputException.of("reason", "practice.reason.invalid");
        }
        status = PracticeStatus.REJECTED;
        rejectionReason = reason.strip();
        decidedAt = now;
    }

    private void requireProposed() {
        if (status != PracticeStatus.PROPOSED) {
            throw InvalidInputException.of("status", "practice.decided");
        }
    }

    UUID id() {
        return id;
    }

    OrganisationId organisation() {
        return new OrganisationId(organisationId);
    }

    PracticeView view() {
        return new PracticeView(new PracticeId(id), organisation(), title, summary, authors.stream().map(PersonId::new).toList(),
                sourceKind, sourceId, status, rejectionReason, proposedAt, decidedAt);
    }
}
