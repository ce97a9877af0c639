package ru.nastavnik.practices;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PracticeRepository extends JpaRepository<Practice, UUID> {

    @Query("select count(p) from Practice p where p.organisationId = ?1 and p.status = ?2")
    long countIn(UUID organisation, PracticeStatus status);

    @Query("select p from Practice p where p.organisationId = ?1 order by p.proposedAt desc")
    List<Practice> inOrganisation(UUID organisation);

    @Query("select p from Practice p where p.organisationId = ?1 and p.sourceKind = ?2 and p.sourceId = ?3")
    Optional<Practice> fromSource(UUID organisation, PracticeSourceKind kind, UUID source);
}
