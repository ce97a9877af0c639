package ru.nastavnik.mentorship.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SupportRepository extends JpaRepository<Support, UUID> {

    @Query("select s from Support s where s.organisationId = ?1 order by s.assignedOn desc")
    List<Support> inOrganisation(UUID organisation);
}
