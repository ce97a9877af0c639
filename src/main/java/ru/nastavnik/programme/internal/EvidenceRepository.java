package ru.nastavnik.programme.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvidenceRepository extends JpaRepository<Evidence, UUID> {

    @Query("select e from Evidence e where e.activityId in ?1 order by e.addedAt")
    List<Evidence> ofActivities(java.util.Collection<UUID> activities);
}
