package ru.nastavnik.mentorship;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.shared.AggregateRows;
import ru.nastavnik.shared.OrganisationId;

/**
 * Retention of young teachers (issue 16, item 4), for many schools in one aggregate query, counts only. Two cohorts
 * of a period, each person with a reference date: <b>with a mentor</b> — the young mentees of a pair that started
 * (was not left planned) within the period, from the first such pair's start; <b>without a mentor</b> — the young
 * teachers hired within the period who were never a mentee of a started pair, from their hire. A person counts
 * 1 (3) years on only once that day has come, and stayed when the registry records no leaving before it (the
 * leaving date is the last working day; a record archived without one counts as left the day it was archived).
 * "Young" on the reference date: under {@code youngAge} years old and teaching experience up to {@code youngYears}
 * — the card's years less the whole years since the reference date (to the leaving or today), as the card is
 * kept current. A person counts in the school that employs her.
 * <p>
 * Measured on the seeded region (1,000 schools, docs/monitoring-region.md): the cohorts carry the person's columns
 * instead of reading the person table a third time; {@code age()} is skipped when the card's years alone are within
 * the limit (whole years since the reference date are never negative then, so the answer is the same); and the
 * cohorts are a materialized CTE, else a municipality's query is planned in parallel and waits ~10 ms for workers.
 */
@Service
@Transactional(readOnly = true)
public class RetentionFigures {

    /** Of a cohort: counted and still employed 1 year after the reference date, and 3 years after. */
    public record Cohort(long counted1, long stayed1, long counted3, long stayed3) {

        public static final Cohort NONE = new Cohort(0, 0, 0, 0);
    }

    /** A school's two cohorts. */
    public record Retention(Cohort mentored, Cohort unmentored) {}

    private final EntityManager entityManager;

    RetentionFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Callers have checked the caller's right to these organisations' figures. */
    public Map<OrganisationId, Retention> of(
            Collection<OrganisationId> organisations,
            LocalDate from,
            LocalDate to,
            LocalDate today,
            int youngAge,
            int youngYears) {
        Map<OrganisationId, Cohort[]> cohorts = new HashMap<>();
        AggregateRows.read(
                entityManager,
                """
                with cohort as materialized (
                    select pe.organisation_id, true as mentored, min(m.starts_on) as since, pe.birth_date,
                           pe.teaching_experience_years, pe.left_on, pe.archived_at
                    from mentorship m
                    join mentorship_member mm on mm.mentorship_id = m.id and mm.role = 'MENTEE'
                    join person pe on pe.id = mm.person_id
                    where pe.organisation_id in (:organisations) and m.status <> 'PLANNED'
                      and m.starts_on between :from and :to
                    group by pe.id
                    union all
                    select pe.organisation_id, false, pe.hired_on, pe.birth_date,
                           pe.teaching_experience_years, pe.left_on, pe.archived_at
                    from person pe
                    where pe.organisation_id in (:organisations) and pe.hired_on between :from and :to
                      and not exists (select 1 from mentorship_member mm join mentorship m on m.id = mm.mentorship_id
                                      where mm.person_id = pe.id and mm.role = 'MENTEE' and m.status <> 'PLANNED')),
                judged as (
                    select c.organisation_id, c.mentored, c.since,
                           coalesce(c.left_on, cast(c.archived_at as date)) as left_on,
                           cast(c.since + interval '1 year' as date) as year1,
                           cast(c.since + interval '3 years' as date) as year3
                    from cohort c
                    where c.birth_date > c.since - make_interval(years => :youngAge)
                      and (c.teaching_experience_years <= :youngYears
                               and least(coalesce(c.left_on, cast(c.archived_at as date), cast(:today as date)),
                                         cast(:today as date)) >= c.since
                           or c.teaching_experience_years - extract(year from age(
                              least(coalesce(c.left_on, cast(c.archived_at as date), cast(:today as date)),
                                    cast(:today as date)), c.since)) <= :youngYears))
                select organisation_id, mentored,
                       count(*) filter (where year1 <= :today),
                       count(*) filter (where year1 <= :today and (left_on is null or left_on >= year1)),
                       count(*) filter (where year3 <= :today),
                       count(*) filter (where year3 <= :today and (left_on is null or left_on >= year3))
                from judged group by 1, 2""",
                organisations,
                Map.of("from", from, "to", to, "today", today, "youngAge", youngAge, "youngYears", youngYears),
                row ->
                        cohorts.computeIfAbsent(AggregateRows.organisation(row), o ->
                                        new Cohort[] {Cohort.NONE, Cohort.NONE})[Boolean.TRUE.equals(row[1]) ? 0 : 1] =
                                new Cohort(
                                        AggregateRows.count(row[2]),
                                        AggregateRows.count(row[3]),
                                        AggregateRows.count(row[4]),
                                        AggregateRows.count(row[5])));
        Map<OrganisationId, Retention> figures = new HashMap<>();
        cohorts.forEach((school, c) -> figures.put(school, new Retention(c[0], c[1])));
        return figures;
    }
}
