package ru.nastavnik.publishing.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import ru.nastavnik.publishing.PublicationSource;

interface PublicationRepository extends JpaRepository<Publication, UUID> {

    @Query("select p from Publication p where p.organisationId = ?1 order by p.updatedAt desc")
    List<Publication> of(UUID organisation);

    @Query(
            "select p from Publication p where p.organisationId in ?1 and p.status = ru.nastavnik.publishing.internal.PublicationStatus.PUBLISHED order by p.publishedAt desc")
    List<Publication> publishedBy(Collection<UUID> organisations);

    /** The newest published items of {@code organisations}, as many as {@code page} holds (a feed's latest). */
    @Query(
            "select p from Publication p where p.organisationId in ?1 and p.status = ru.nastavnik.publishing.internal.PublicationStatus.PUBLISHED order by p.publishedAt desc, p.id")
    List<Publication> latestPublished(Collection<UUID> organisations, org.springframework.data.domain.Pageable page);

    @Query(
            "select p from Publication p where p.status = ru.nastavnik.publishing.internal.PublicationStatus.SCHEDULED and p.scheduledAt <= ?1")
    List<Publication> due(Instant now);

    @Query("select distinct p from Publication p join p.people n where n.personId = ?1 and n.hidden = false")
    List<Publication> naming(UUID person);

    boolean existsByOrganisationIdAndSourceKindAndSourceId(UUID organisation, PublicationSource source, UUID sourceId);

    @Query("select count(p) from Publication p where p.organisationId = ?1 and p.publishedAt is not null")
    long everPublished(UUID organisation);

    /** Items that first went public in [from, until), oldest first: the inspection package's list. */
    @Query(
            "select p from Publication p where p.organisationId = ?1 and p.publishedAt >= ?2 and p.publishedAt < ?3 order by p.publishedAt, p.id")
    List<Publication> firstPublished(UUID organisation, Instant from, Instant until);

    @Query(
            "select count(p) from Publication p where p.organisationId = ?1 and p.publishedAt >= ?2 and p.publishedAt < ?3")
    long countFirstPublished(UUID organisation, Instant from, Instant until);

    @Query("select max(p.updatedAt) from Publication p where p.organisationId in ?1")
    Instant lastChange(Collection<UUID> organisations);
}
