package ru.nastavnik.events.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CustomKindRepository extends JpaRepository<CustomKind, UUID> {

    @Query("select k from CustomKind k where k.organisationId in ?1 order by k.title")
    List<CustomKind> ofOrganisations(Collection<UUID> organisations);

    @Query("select count(k) > 0 from CustomKind k where k.organisationId = ?1 and lower(k.title) = lower(?2)")
    boolean exists(UUID organisation, String title);
}
