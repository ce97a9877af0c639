package ru.nastavnik.mentorship;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.shared.AggregateRows;
import ru.nastavnik.shared.OrganisationId;

/**
 * Counts of pairs, programmes, their people and the mentees still waiting, for many organisations at once
 * (monitoring's indicators): each method is one aggregate query however many schools are asked about; figures
 * only, no names. A pair works in a period when it was activated (not planned), started by its end and had not ended
 * before its start; a person counts in the organisation that employs her, and only while she is on its staff.
 */
@Service
@Transactional(readOnly = true)
public class MentorshipFigures {

    private static final String WORKING = """
            m.status <> 'PLANNED' and m.starts_on <= :to and (m.ended_on is null or m.ended_on >= :from)""";

    /** Mentors, mentees, the people involved, mentor–mentee links, young mentees, mentors whose pair is paid. */
    public record People(long mentors, long mentees, long involved, long links, long youngMentees, long paidMentors) {}

    /** Pairs (one mentee) and groups (more) of one form of mentoring. */
    public record Form(String form, long pairs, long groups) {}

    /** Programmes approved, completed on time, completed early and terminated in a period. */
    public record Programmes(long approved, long onTime, long early, long terminated) {}

    /** Mentees of the bank without a pair on a day, those given support then, their days of waiting up to it summed. */
    public record Waiting(long mentees, long supported, long days) {}

    private final EntityManager entityManager;

    MentorshipFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Callers have checked the caller's right to these organisations' figures; young as in people's StaffFigures.
     * <p>
     * A mentor is paid, as the payment statement pays her pair ({@code PaymentCalculator.termsOf}), when her pair's
     * agreement recorded a term in force by the period's end, or, with none recorded, when the organisation had a rule
     * in force on the pair's start (a later rule does not change an agreement already made).
     * <p>
     * Each person of an organisation is first reduced to one row (mentor, mentee, young mentee, paid mentor), so that
     * the counts are plain counts rather than six sorts for {@code count(distinct)}; the links likewise.
     * Measured on the seeded region (1,000 schools, 12,000 members): 53–56 → 50–52 ms; a municipality's 34 schools
     * 6.0 → 5.3 ms. (Reading the period's pair members once for the members and the links was faster for the region,
     * 41–43 ms, but read every pair of the database for a municipality or a school: 175–200 ms. Rejected.)
     */
    public Map<OrganisationId, People> people(
            Collection<OrganisationId> organisations, LocalDate from, LocalDate to, int youngAge, int youngYears) {
        return query(
                entityManager,
                organisations,
                """
                with member as (
                    select pe.organisation_id, mm.mentorship_id, mm.person_id, mm.role,
                           pe.birth_date > :bornAfter and pe.teaching_experience_years <= :years as young,
                           case when mm.role <> 'MENTOR' then false
                                when exists (select 1 from mentorship_payment_term t where t.mentorship_id = m.id)
                                then exists (select 1 from mentorship_payment_term t where t.mentorship_id = m.id
                                   and t.valid_from <= least(:to, coalesce(mm.to_date, :to), coalesce(m.ended_on, :to)))
                                else exists (select 1 from mentorship_payment_rule r where r.organisation_id = m.organisation_id
                                   and r.valid_from <= m.starts_on) end as paid
                    from mentorship m
                    join mentorship_member mm on mm.mentorship_id = m.id
                    join person pe on pe.id = mm.person_id
                    where pe.organisation_id in (:organisations) and pe.archived_at is null and pe.anonymised_at is null
                      and mm.from_date <= :to and (mm.to_date is null or mm.to_date >= :from) and %s),
                person_role as (
                    select organisation_id, person_id, bool_or(role = 'MENTOR') as mentor, bool_or(role = 'MENTEE') as mentee,
                           bool_or(role = 'MENTEE' and young) as young_mentee, bool_or(role = 'MENTOR' and paid) as paid_mentor
                    from member group by organisation_id, person_id),
                link as (
                    select organisation_id, count(*) as links
                    from (select distinct a.organisation_id, a.person_id, b.person_id as mentee
                          from member a join mentorship_member b on b.mentorship_id = a.mentorship_id and b.role = 'MENTEE'
                               and b.from_date <= :to and (b.to_date is null or b.to_date >= :from)
                          where a.role = 'MENTOR') d
                    group by organisation_id)
                select p.organisation_id, p.mentors, p.mentees, p.involved, coalesce(l.links, 0), p.young, p.paid
                from (select organisation_id, count(*) filter (where mentor) as mentors,
                             count(*) filter (where mentee) as mentees, count(*) as involved,
                             count(*) filter (where young_mentee) as young, count(*) filter (where paid_mentor) as paid
                      from person_role group by organisation_id) p
                left join link l on l.organisation_id = p.organisation_id""".formatted(WORKING),
                Map.of("from", from, "to", to, "bornAfter", to.minusYears(youngAge), "years", youngYears),
                (map, row) ->
                        map.put(id(row), new People(n(row[1]), n(row[2]), n(row[3]), n(row[4]), n(row[5]), n(row[6]))));
    }

    /** Mentors, mentees, the people involved and the young mentees: {@link People} without the links and payments. */
    public record Headcount(long mentors, long mentees, long involved, long youngMentees) {}

    /**
     * The people of {@link #people} counted alike (the same pairs, staff and "young"), for a dashboard's headline: it
     * shows neither a mentor's load nor paid mentors, so neither the mentor–mentee links nor the payment terms are
     * read (on the seeded region about a third of that query's time).
     */
    public Map<OrganisationId, Headcount> headcount(
            Collection<OrganisationId> organisations, LocalDate from, LocalDate to, int youngAge, int youngYears) {
        return query(
                entityManager,
                organisations,
                """
                select organisation_id, count(*) filter (where mentor), count(*) filter (where mentee), count(*),
                       count(*) filter (where young_mentee)
                from (select pe.organisation_id, pe.id, bool_or(mm.role = 'MENTOR') as mentor,
                             bool_or(mm.role = 'MENTEE') as mentee,
                             bool_or(mm.role = 'MENTEE' and pe.birth_date > :bornAfter
                                     and pe.teaching_experience_years <= :years) as young_mentee
                      from mentorship m
                      join mentorship_member mm on mm.mentorship_id = m.id
                      join person pe on pe.id = mm.person_id
                      where pe.organisation_id in (:organisations) and pe.archived_at is null and pe.anonymised_at is null
                        and mm.from_date <= :to and (mm.to_date is null or mm.to_date >= :from) and %s
                      group by pe.organisation_id, pe.id) p
                group by organisation_id""".formatted(WORKING),
                Map.of("from", from, "to", to, "bornAfter", to.minusYears(youngAge), "years", youngYears),
                (map, row) -> map.put(id(row), new Headcount(n(row[1]), n(row[2]), n(row[3]), n(row[4]))));
    }

    /**
     * Pairs and groups working in the period, by the organisation that formed them and their form. The mentees of
     * the organisations' pairs are counted in one grouped pass joined by hash (a count per pair was 29–32 ms of the
     * region's page, now 22–23 ms); a pair without a mentee counts as a pair, as before. Only the pairs working in
     * the period are counted (the others would find no pair to join): on the seeded region 21–25 → 13–17 ms.
     */
    public Map<OrganisationId, List<Form>> forms(
            Collection<OrganisationId> organisations, LocalDate from, LocalDate to) {
        return query(
                entityManager,
                organisations,
                """
                select m.organisation_id, m.form, count(*) filter (where coalesce(k.mentees, 0) <= 1),
                       count(*) filter (where k.mentees > 1)
                from mentorship m
                left join (select mm.mentorship_id, count(distinct mm.person_id) as mentees
                           from mentorship_member mm join mentorship w on w.id = mm.mentorship_id
                           where mm.role = 'MENTEE' and w.organisation_id in (:organisations) and %s
                           group by mm.mentorship_id) k on k.mentorship_id = m.id
                where m.organisation_id in (:organisations) and %s
                group by 1, 2 order by 2""".formatted(WORKING.replace("m.", "w."), WORKING),
                Map.of("from", from, "to", to),
                (map, row) -> map.computeIfAbsent(id(row), o -> new ArrayList<>())
                        .add(new Form((String) row[1], n(row[2]), n(row[3]))));
    }

    /** Approved in the period; completed in it on or after the planned end, or before it; terminated of the period. */
    public Map<OrganisationId, Programmes> programmes(
            Collection<OrganisationId> organisations, LocalDate from, LocalDate to) {
        return query(
                entityManager,
                organisations,
                """
                select organisation_id,
                       count(*) filter (where approved_on between :from and :to),
                       count(*) filter (where status = 'COMPLETED' and completed_on between :from and :to
                                        and completed_on >= ends_on),
                       count(*) filter (where status = 'COMPLETED' and completed_on between :from and :to
                                        and completed_on < ends_on),
                       count(*) filter (where status = 'TERMINATED' and starts_on <= :to and ends_on >= :from)
                from programme where organisation_id in (:organisations) group by 1""",
                Map.of("from", from, "to", to),
                (map, row) -> map.put(id(row), new Programmes(n(row[1]), n(row[2]), n(row[3]), n(row[4]))));
    }

    /**
     * The mentee bank as it stood on a day (today, or the end of a past period): in it that day and not in a pair or
     * group formed by then and not yet left, those given support that day, and their days of waiting up to it. A
     * mentee's membership counts from the pair's forming (a planned pair's mentee waits no more) or from its start,
     * whichever is earlier — a pair entered afterwards for the past counts from its start.
     */
    public Map<OrganisationId, Waiting> waiting(Collection<OrganisationId> organisations, LocalDate day) {
        return query(
                entityManager,
                organisations,
                """
                select b.organisation_id, count(*),
                       count(*) filter (where exists (select 1 from mentorship_support s where s.person_id = b.person_id
                                        and s.organisation_id = b.organisation_id and s.assigned_on <= :day
                                        and (s.ended_on is null or s.ended_on > :day))),
                       coalesce(sum(cast(:day as date) - b.entered_on), 0)
                from bank_mentee b
                where b.organisation_id in (:organisations) and b.entered_on <= :day
                  and (b.left_on is null or b.left_on > :day)
                  and not exists (select 1 from mentorship_member mm join mentorship m on m.id = mm.mentorship_id
                                  where mm.person_id = b.person_id and mm.role = 'MENTEE'
                                    and least(mm.from_date, cast(m.created_at as date)) <= :day
                                    and (mm.to_date is null or mm.to_date > :day))
                group by 1""",
                Map.of("day", day),
                (map, row) -> map.put(id(row), new Waiting(n(row[1]), n(row[2]), n(row[3]))));
    }

    private static <T> Map<OrganisationId, T> query(
            EntityManager entityManager,
            Collection<OrganisationId> organisations,
            String sql,
            Map<String, Object> parameters,
            BiConsumer<Map<OrganisationId, T>, Object[]> collect) {
        Map<OrganisationId, T> figures = new HashMap<>();
        AggregateRows.read(entityManager, sql, organisations, parameters, row -> collect.accept(figures, row));
        return figures;
    }

    private static OrganisationId id(Object[] row) {
        return AggregateRows.organisation(row);
    }

    private static long n(Object value) {
        return AggregateRows.count(value);
    }
}
