package ru.nastavnik.matching.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

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
