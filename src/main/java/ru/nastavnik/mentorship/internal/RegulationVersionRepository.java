package ru.nastavnik.mentorship.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegulationVersionRepository extends JpaRepository<RegulationVersion, UUID> {

    @Query("select v from RegulationVersion v where v.organisationId = ?1 order by v.number desc")
    List<RegulationVersion> inOrganisation(UUID organisation);

    @Query("select v from RegulationVersion v where v.organisationId in ?1 and v.approvalOrder is not null")
    List<RegulationVersion> approvedIn(java.util.Collection<UUID> organisations);

    @Query("select v from RegulationVersion v where v.organisationId = ?1 and v.id = ?2")
    Optional<RegulationVersion> findInOrganisation(UUID organisation, UUID id);
}
