package ru.nastavnik.roadmap.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvidenceDocumentRepository extends JpaRepository<EvidenceDocument, UUID> {

    // the ids one array parameter: Hibernate translates a query with a list parameter into SQL anew on every call
    default List<EvidenceDocument> ofActivities(Collection<UUID> activities) {
        return ofActivitiesAmong(activities.toArray(UUID[]::new));
    }

    @Query("select d from EvidenceDocument d where among(d.activityId, :activities) order by d.documentDate, d.addedAt")
    List<EvidenceDocument> ofActivitiesAmong(UUID[] activities);

    default java.util.Set<UUID> activitiesWithDocuments(Collection<UUID> organisations) {
        return new java.util.HashSet<>(activitiesWithDocumentsIn(organisations.toArray(UUID[]::new)));
    }

    @Query(nativeQuery = true, value = """
            select distinct d.activity_id from roadmap_evidence_document d where d.organisation_id = any(?1)""")
    List<UUID> activitiesWithDocumentsIn(UUID[] organisations);

    @Query("""
            select d from EvidenceDocument d where d.organisationId = ?1 and d.documentDate between ?2 and ?3
            order by d.documentDate, d.title""")
    List<EvidenceDocument> inPeriod(UUID organisation, LocalDate from, LocalDate to);
}
