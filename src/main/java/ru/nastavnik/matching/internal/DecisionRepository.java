package ru.nastavnik.matching.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DecisionRepository extends JpaRepository<Decision, UUID> {

    @Query("select d from Decision d where d.organisationId = ?1")
    List<Decision> inOrganisation(UUID organisation);

    @Query("select d from Decision d where d.organisationId in ?1")
    List<Decision> inOrganisations(java.util.Collection<UUID> organisations);
}
