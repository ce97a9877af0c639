package ru.nastavnik.training.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MasteryCheckRepository extends JpaRepository<MasteryCheck, UUID> {

    @Query("select c from MasteryCheck c where c.organisationId in ?1 order by c.title")
    List<MasteryCheck> ofPublishers(Collection<UUID> publishers);
}
