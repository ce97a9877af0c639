package ru.nastavnik.monitoring.campaign;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CampaignRepository extends JpaRepository<Campaign, UUID> {

    @Query("select c from Campaign c where c.id = ?1 and c.organisationId in ?2")
    Optional<Campaign> findIn(UUID id, Collection<UUID> areas);

    @Query("select c from Campaign c where c.organisationId in ?1 order by c.openedAt desc")
    List<Campaign> ofAreas(Collection<UUID> areas);
}
