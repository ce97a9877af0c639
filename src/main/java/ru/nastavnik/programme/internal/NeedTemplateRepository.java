package ru.nastavnik.programme.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NeedTemplateRepository extends JpaRepository<NeedTemplate, UUID> {

    @Query("select n from NeedTemplate n where n.organisationId = ?1")
    List<NeedTemplate> of(UUID organisation);

    @Modifying(flushAutomatically = true)
    @Query("delete from NeedTemplate n where n.organisationId = ?1")
    int deleteOf(UUID organisation);
}
