package ru.nastavnik.roadmap;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvidenceDocumentRepository extends JpaRepository<EvidenceDocument, UUID> {

    @Query("select d from EvidenceDocument d where d.activityId in ?1 order by d.documentDate, d.addedAt")
    List<EvidenceDocument> ofActivities(Collection<UUID> activities);

    @Query("select distinct d.activityId from EvidenceDocument d where d.organisationId in ?1")
    java.util.Set<UUID> activitiesWithDocuments(Collection<UUID> organisations);

    @Query("""
            select d from EvidenceDocument d where d.organisationId = ?1 and d.documentDate between ?2 and ?3
            order by d.documentDate, d.title""")
    List<EvidenceDocument> inPeriod(UUID organisation, LocalDate from, LocalDate to);
}
