package ru.nastavnik.roadmap.internal;

import jakarta.persistence.QueryHint;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface RoadmapPlanRepository extends JpaRepository<RoadmapPlan, UUID> {

    /** Two first views of a new school year at once create one plan: the second finds the first's. */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into roadmap_plan (id, organisation_id, school_year, template, created_at, version)
            values (:id, :organisation, :year, false, :now, 0) on conflict do nothing""")
    int insertIfAbsent(UUID id, UUID organisation, int year, Instant now);

    @Query("select p from RoadmapPlan p where p.organisationId = :organisation and p.schoolYear = :year")
    Optional<RoadmapPlan> of(UUID organisation, int year);

    /** The plan with its activities in one statement (the roadmap page reads all of them). */
    @Query(
            "select p from RoadmapPlan p left join fetch p.activities where p.organisationId = :organisation and p.schoolYear = :year")
    Optional<RoadmapPlan> withActivities(UUID organisation, int year);

    /**
     * The same, read-only: for a view, in the read-write transaction that may start the year's plan. Hibernate then
     * keeps no copy of the plan's and its activities' state and does not compare them at commit.
     */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
    @Query(
            "select p from RoadmapPlan p left join fetch p.activities where p.organisationId = :organisation and p.schoolYear = :year")
    Optional<RoadmapPlan> readWithActivities(UUID organisation, int year);

    @Query(
            "select p from RoadmapPlan p where p.organisationId = :organisation and p.schoolYear < :year order by p.schoolYear desc")
    List<RoadmapPlan> earlier(UUID organisation, int year);

    /** The plans of earlier years with their activities, for the plans schools would start from. */
    @Query(
            "select distinct p from RoadmapPlan p left join fetch p.activities where p.organisationId in :organisations and p.schoolYear < :year")
    List<RoadmapPlan> earlierOf(Collection<UUID> organisations, int year);

    @Query(
            "select p from RoadmapPlan p where p.organisationId in :organisations and p.template = true order by p.schoolYear desc")
    List<RoadmapPlan> templatesOf(Collection<UUID> organisations);

    @Query("select p.schoolYear from RoadmapPlan p where p.organisationId = :organisation order by p.schoolYear desc")
    List<Integer> years(UUID organisation);

    @Query("select a from PlanActivity a join fetch a.plan p where a.id = :id")
    Optional<PlanActivity> activity(UUID id);

    @Query(
            "select a from PlanActivity a join fetch a.plan p where p.organisationId in :organisations and p.schoolYear = :year")
    List<PlanActivity> activitiesOf(Collection<UUID> organisations, int year);
}
