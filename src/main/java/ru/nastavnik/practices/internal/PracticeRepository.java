package ru.nastavnik.practices.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import ru.nastavnik.practices.PracticeLevel;
import ru.nastavnik.practices.PracticeSourceKind;
import ru.nastavnik.practices.PracticeStatus;
import ru.nastavnik.shared.OrganisationId;

interface PracticeRepository extends JpaRepository<Practice, UUID> {

    @Query("select count(p) from Practice p where p.organisationId = ?1 and p.status = ?2")
    long countIn(UUID organisation, PracticeStatus status);

    @Query("select p from Practice p where p.organisationId = ?1 order by p.proposedAt desc")
    List<Practice> inOrganisation(UUID organisation);

    @Query("select p from Practice p where p.pendingOrganisationId = ?1 order by p.proposedAt")
    List<Practice> pendingAt(OrganisationId organisation);

    @Query(
            "select p from Practice p where p.organisationId in ?1 and p.level = ?2 and p.pendingLevel is null order by p.title")
    List<Practice> heldAt(java.util.Collection<UUID> schools, PracticeLevel level);

    /** The practices a person is an author of, the latest proposed first. */
    @Query("select p from Practice p join p.authors a where a = ?1 order by p.proposedAt desc")
    List<Practice> byAuthor(UUID person);

    @Query("select p from Practice p where p.id in ?1")
    List<Practice> withIds(java.util.Collection<UUID> ids);

    @Query("select p from Practice p where p.organisationId = ?1 and p.sourceKind = ?2 and p.sourceId = ?3")
    Optional<Practice> fromSource(UUID organisation, PracticeSourceKind kind, UUID source);
}
