package ru.nastavnik.matching;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/** A mentee left without a mentor by a run, and the reason. */
@Entity
@Table(name = "matching_unmatched")
@IdClass(UnmatchedEntry.Key.class)
class UnmatchedEntry {

    record Key(UUID runId, UUID menteeId) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "run_id")
    private UUID runId;
    @Id
    @Column(name = "mentee_id")
    private UUID menteeId;
    @Column(name = "organisation_id")
    private UUID organisationId;
    private String reason;

    protected UnmatchedEntry() {
    }

    UnmatchedEntry(UUID run, OrganisationId organisation, PersonId mentee, String reason) {
        this.runId = run;
        this.organisationId = organisation.value();
        this.menteeId = mentee.value();
        this.reason = reason;
    }

    OrganisationId organisation() {
        return new OrganisationId(organisationId);
    }

    String reason() {
        return reason;
    }

    RunView.Unmatched view(java.util.function.Function<PersonId, String> names) {
        PersonId mentee = new PersonId(menteeId);
        return new RunView.Unmatched(mentee, names.apply(mentee), reason);
    }
}

/** A curator's standing decision about a pair: always propose it (pin) or never (exclude). */
@Entity
@Table(name = "matching_decision")
class Decision {

    enum Kind { PIN, EXCLUDE }

    @Id
    private UUID id;
    @Column(name = "organisation_id")
    private UUID organisationId;
    @Column(name = "mentee_id")
    private UUID menteeId;
    @Column(name = "mentor_id")
    private UUID mentorId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Decision() {
    }

    Decision(OrganisationId organisation, PersonId mentee, PersonId mentor, Kind kind, Instant now) {
        this.id = UUID.randomUUID();
        this.organisationId = organisation.value();
        this.menteeId = mentee.value();
        this.mentorId = mentor.value();
        this.kind = Objects.requireNonNull(kind);
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    OrganisationId organisation() {
        return new OrganisationId(organisationId);
    }

    PersonId mentee() {
        return new PersonId(menteeId);
    }

    PersonId mentor() {
        return new PersonId(mentorId);
    }

    Kind kind() {
        return kind;
    }
}

interface RunRepository extends JpaRepository<MatchingRun, UUID> {

    @Query("select r from MatchingRun r where r.organisationId = ?1 order by r.createdAt desc limit 1")
    Optional<MatchingRun> latest(UUID organisation);

    /** One run at a time per organisation or area: a second one waits, then works on the first one's outcome. */
    @Query(value = "select 1 from (select pg_advisory_xact_lock(?1)) as locked", nativeQuery = true)
    Integer lock(long key);

    default void lock(ru.nastavnik.shared.OrganisationId owner) {
        // a different key space from the pairs' per-person locks, which use the person's id bits as they are
        lock(~(owner.value().getMostSignificantBits() ^ owner.value().getLeastSignificantBits()));
    }
}

interface ProposalRepository extends JpaRepository<Proposal, UUID> {

    @Query("select p from Proposal p where p.runId = ?1 order by p.score desc")
    List<Proposal> ofRun(UUID run);
}

interface UnmatchedRepository extends JpaRepository<UnmatchedEntry, UnmatchedEntry.Key> {

    @Query("select u from UnmatchedEntry u where u.runId = ?1")
    List<UnmatchedEntry> ofRun(UUID run);
}

interface DecisionRepository extends JpaRepository<Decision, UUID> {

    @Query("select d from Decision d where d.organisationId = ?1")
    List<Decision> inOrganisation(UUID organisation);

    @Query("select d from Decision d where d.organisationId in ?1")
    List<Decision> inOrganisations(java.util.Collection<UUID> organisations);
}
