package ru.nastavnik.practices.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.practices.DistributionConsent;
import ru.nastavnik.practices.NewPractice;
import ru.nastavnik.practices.PracticeDescription;
import ru.nastavnik.practices.PracticeId;
import ru.nastavnik.practices.PracticeLevel;
import ru.nastavnik.practices.PracticeSourceKind;
import ru.nastavnik.practices.PracticeStatus;
import ru.nastavnik.practices.PracticeView;
import ru.nastavnik.practices.internal.PracticeStep.Actor;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationIdConverter;
import ru.nastavnik.shared.OrganisationOwned;
import ru.nastavnik.shared.StaleVersionException;

/**
 * A best practice of a school. The school's curator decides once: accepted into the school's library or rejected.
 * An accepted practice climbs one level at a time (school → municipality → region, or straight to the region for
 * a school directly under it): proposed to the level above, whose methodologist accepts it or returns it with a
 * comment; one proposal at a time, and never to a level it has already reached. Every step is kept as history.
 */
@Entity
@Table(name = "practice")
class Practice extends OrganisationOwned {

    @Id
    private UUID id;

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

    private String problem;
    private String goals;
    private String content;
    private String results;
    private String materials;

    @Enumerated(EnumType.STRING)
    private PracticeLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "pending_level")
    private PracticeLevel pendingLevel;

    @Column(name = "pending_organisation_id")
    @Convert(converter = OrganisationIdConverter.class)
    private OrganisationId pendingOrganisationId;

    @Column(name = "return_comment")
    private String returnComment;

    @Column(name = "distribution_consent_on")
    private LocalDate consentOn;

    @Column(name = "distribution_consent_by")
    private UUID consentBy;

    @Column(name = "distribution_consent_by_name")
    private String consentByName;

    @ElementCollection
    @CollectionTable(name = "practice_step", joinColumns = @JoinColumn(name = "practice_id"))
    @OrderColumn(name = "position")
    private List<PracticeStep> history = new ArrayList<>();

    @Version
    private Long version;

    protected Practice() {}

    Practice(NewPractice proposal, Instant now, Actor actor) {
        super(proposal.organisation());
        this.id = UUID.randomUUID();
        PracticeDescription d = proposal.description();
        this.title = d.title();
        this.summary = d.summary();
        this.problem = d.problem();
        this.goals = d.goals();
        this.content = d.content();
        this.results = d.results();
        this.materials = d.materials();
        proposal.authors().stream().map(PersonId::value).distinct().forEach(authors::add);
        this.sourceKind = proposal.sourceKind();
        this.sourceId = proposal.sourceId();
        this.status = PracticeStatus.PROPOSED;
        this.proposedAt = now;
        step(now, PracticeStepKind.PROPOSED, PracticeLevel.SCHOOL, organisation(), actor, null);
    }

    void accept(Instant now, Actor actor) {
        requireProposed();
        status = PracticeStatus.ACCEPTED;
        level = PracticeLevel.SCHOOL;
        decidedAt = now;
        step(now, PracticeStepKind.ACCEPTED, PracticeLevel.SCHOOL, organisation(), actor, null);
    }

    void reject(String reason, Instant now, Actor actor) {
        requireProposed();
        if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
            throw InvalidInputException.of("reason", "practice.reason.invalid");
        }
        status = PracticeStatus.REJECTED;
        rejectionReason = reason.strip();
        decidedAt = now;
        step(now, PracticeStepKind.REJECTED, PracticeLevel.SCHOOL, organisation(), actor, rejectionReason);
    }

    /** Sent from the library at {@code from}, which it must have reached, to that of {@code to} at {@code toLevel} above. */
    void proposeUp(PracticeLevel from, OrganisationId to, PracticeLevel toLevel, Instant now, Actor actor) {
        if (pendingLevel != null) {
            throw InvalidInputException.of("status", "practice.up.alreadyProposed");
        }
        if (level != null && from.below(level)) {
            throw InvalidInputException.of("status", "practice.up.alreadyAccepted");
        }
        if (status != PracticeStatus.ACCEPTED || level != from || !from.below(toLevel)) {
            throw InvalidInputException.of("status", "practice.up.notAccepted");
        }
        pendingLevel = toLevel;
        pendingOrganisationId = to;
        step(now, PracticeStepKind.PROPOSED_UP, toLevel, to, actor, null);
    }

    void acceptUp(OrganisationId at, Instant now, Actor actor) {
        PracticeLevel reached = requirePendingAt(at);
        level = reached;
        clearPending();
        returnComment = null;
        step(now, PracticeStepKind.ACCEPTED_UP, reached, at, actor, null);
    }

    void returnUp(OrganisationId at, String comment, Instant now, Actor actor) {
        if (comment == null || comment.isBlank() || comment.strip().length() > 1000) {
            throw InvalidInputException.of("comment", "practice.return.comment.invalid");
        }
        PracticeLevel refused = requirePendingAt(at);
        clearPending();
        returnComment = comment.strip();
        step(now, PracticeStepKind.RETURNED, refused, at, actor, returnComment);
    }

    /** The sections as the contest asks for them; not while a level above is deciding on what it was sent. */
    void describe(Long readVersion, PracticeDescription d) {
        StaleVersionException.check(readVersion, version == null ? 0 : version);
        if (pendingLevel != null) {
            throw InvalidInputException.of("status", "practice.describe.pending");
        }
        title = d.title();
        summary = d.summary();
        problem = d.problem();
        goals = d.goals();
        content = d.content();
        results = d.results();
        materials = d.materials();
    }

    /** The authors agreed in writing on {@code on} (not in the future) that the practice may be distributed. */
    void recordConsent(Long readVersion, LocalDate on, LocalDate today, UUID recordedBy, Actor actor, Instant now) {
        StaleVersionException.check(readVersion, version == null ? 0 : version);
        if (on == null || on.isAfter(today)) {
            throw InvalidInputException.of("consentOn", "practice.consent.date.invalid");
        }
        consentOn = on;
        consentBy = recordedBy;
        consentByName = actor.name();
        step(
                now,
                PracticeStepKind.CONSENT_RECORDED,
                level == null ? PracticeLevel.SCHOOL : level,
                organisation(),
                actor,
                null);
    }

    private PracticeLevel requirePendingAt(OrganisationId at) {
        if (pendingOrganisationId == null || !pendingOrganisationId.equals(at)) {
            throw InvalidInputException.of("status", "practice.up.notPendingHere");
        }
        return pendingLevel;
    }

    private void clearPending() {
        pendingLevel = null;
        pendingOrganisationId = null;
    }

    private void step(
            Instant now, PracticeStepKind kind, PracticeLevel at, OrganisationId where, Actor actor, String comment) {
        history.add(new PracticeStep(now, kind, at, where, actor, comment));
    }

    private void requireProposed() {
        if (status != PracticeStatus.PROPOSED) {
            throw InvalidInputException.of("status", "practice.decided");
        }
    }

    UUID id() {
        return id;
    }

    List<PracticeStepView> history() {
        return history.stream().map(PracticeStep::view).toList();
    }

    PracticeView view() {
        return new PracticeView(
                new PracticeId(id),
                organisation(),
                title,
                summary,
                authors.stream().map(PersonId::new).toList(),
                sourceKind,
                sourceId,
                status,
                rejectionReason,
                proposedAt,
                decidedAt,
                new PracticeDescription(title, summary, problem, goals, content, results, materials),
                level,
                pendingLevel,
                pendingOrganisationId,
                returnComment,
                consentOn == null ? null : new DistributionConsent(consentOn, consentBy, consentByName),
                version == null ? 0 : version);
    }
}
