package ru.nastavnik.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.training.internal.Territory;

/**
 * Figures of mentor training for monitoring, by an organisation and all below it and a period: how many mentors
 * were trained ({@link MentorsTrained}: in the period, and by its end as a share of the mentors then in the bank) and the
 * training hours — confirmed external courses that ended in the period, and the sessions of the course attended in it
 * (each the event's length). Counts, no people.
 */
@Service
@Transactional(readOnly = true)
public class TrainingFigures {

    /** Session hours are counted in the Moscow day, as the schools' reports are. */
    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    private final NamedParameterJdbcTemplate jdbc;
    private final Organisations organisations;
    private final List<MentorHeadcount> headcount;
    private final MentorsTrained mentorsTrained;
    private final SessionCatalogue sessions;
    private final Territory territory;

    TrainingFigures(
            NamedParameterJdbcTemplate jdbc,
            Organisations organisations,
            List<MentorHeadcount> headcount,
            SessionCatalogue sessions,
            Territory territory,
            MentorsTrained mentorsTrained) {
        this.territory = territory;
        this.mentorsTrained = mentorsTrained;
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.headcount = headcount;
        this.sessions = sessions;
    }

    /**
     * {@code trainedInPeriod}: mentors trained in the period ({@link MentorsTrained}); {@code trained}: by its end, of
     * {@code mentors} in the bank on its last day ({@code sharePercent}, whole percent); hours to one decimal.
     */
    public record Figures(
            long mentors,
            long trained,
            long trainedInPeriod,
            int sharePercent,
            long externalHours,
            BigDecimal sessionHours) {

        public BigDecimal hours() {
            return sessionHours.add(BigDecimal.valueOf(externalHours));
        }
    }

    /** For the area's director, curator or methodologist (the caller's role held in it); anyone else: not found. */
    public Figures of(NastavnikPrincipal caller, OrganisationId area, LocalDate from, LocalDate to) {
        if (!territory.mayPublish(caller, area)) {
            throw new NotFoundException();
        }
        if (from == null || to == null || from.isAfter(to) || from.plusYears(10).isBefore(to)) {
            throw InvalidInputException.of("from", "training.figures.period");
        }
        return of(area, from, to);
    }

    /** Callers have checked the caller's right to the area's figures. */
    public Figures of(OrganisationId area, LocalDate from, LocalDate to) {
        List<OrganisationId> below = organisations.subtree(area).stream()
                .map(OrganisationSummary::id)
                .toList();
        MapSqlParameterSource p = new MapSqlParameterSource(
                        "orgs", below.stream().map(OrganisationId::value).toList())
                .addValue("from", from)
                .addValue("to", to)
                .addValue(
                        "fromAt",
                        java.sql.Timestamp.from(from.atStartOfDay(ZONE).toInstant()))
                .addValue(
                        "toAt",
                        java.sql.Timestamp.from(
                                to.plusDays(1).atStartOfDay(ZONE).toInstant()));
        long trained = mentorsTrained.count(below, MentorsTrained.EVER, to);
        long trainedInPeriod = mentorsTrained.count(below, from, to);
        long external = count(
                "select coalesce(sum(hours), 0) from training_course where organisation_id in (:orgs)"
                        + " and status = 'CONFIRMED' and ends_on between :from and :to",
                p);
        long mentors = headcount.stream().mapToLong(h -> h.mentors(below, to)).sum();
        return new Figures(
                mentors,
                trained,
                trainedInPeriod,
                mentors == 0 ? 0 : (int) (trained * 100 / mentors),
                external,
                sessionHours(p));
    }

    /**
     * Mentors trained in the period ({@link MentorsTrained}), school by school (a school with none is absent): two
     * grouped queries, for a public figure that needs neither the hours nor the share.
     */
    public Map<OrganisationId, Long> completedBy(
            java.util.Collection<OrganisationId> schools, LocalDate from, LocalDate to) {
        Map<OrganisationId, Long> completed = new HashMap<>();
        mentorsTrained
                .between(schools, from, to)
                .forEach((school, people) -> completed.put(school, (long) people.size()));
        return completed;
    }

    /** One school's part: mentors trained in the period, and whole training hours. */
    public record SchoolTraining(long trainedInPeriod, long hours) {}

    /**
     * The same figures school by school, for monitoring's breakdown: three grouped queries for any number of schools
     * (and one look-up per distinct session event attended), hours rounded to whole hours per school.
     */
    public Map<OrganisationId, SchoolTraining> bySchool(
            java.util.Collection<OrganisationId> schools, LocalDate from, LocalDate to) {
        Map<OrganisationId, long[]> parts = new HashMap<>();
        if (schools.isEmpty()) {
            return Map.of();
        }
        MapSqlParameterSource p = new MapSqlParameterSource(
                        "orgs", schools.stream().map(OrganisationId::value).toList())
                .addValue("from", from)
                .addValue("to", to)
                .addValue(
                        "fromAt",
                        java.sql.Timestamp.from(from.atStartOfDay(ZONE).toInstant()))
                .addValue(
                        "toAt",
                        java.sql.Timestamp.from(
                                to.plusDays(1).atStartOfDay(ZONE).toInstant()));
        mentorsTrained
                .between(schools, from, to)
                .forEach((school, people) -> parts.computeIfAbsent(school, o -> new long[2])[0] = people.size());
        jdbc.query(
                "select organisation_id, coalesce(sum(hours), 0) * 60 from training_course where organisation_id in (:orgs)"
                        + " and status = 'CONFIRMED' and ends_on between :from and :to group by organisation_id",
                p,
                rs -> {
                    parts.computeIfAbsent(new OrganisationId(rs.getObject(1, UUID.class)), o -> new long[2])[1] +=
                            rs.getLong(2);
                });
        Map<UUID, Long> minutesOf = new HashMap<>();
        jdbc.query(
                "select p.organisation_id, s.event_id, count(*) from training_course_progress_step d"
                        + " join training_course_progress p on p.id = d.progress_id"
                        + " join training_mentor_course_step s on s.course_id = p.course_id and s.step_id = d.step_id"
                        + " where p.organisation_id in (:orgs) and s.event_id is not null"
                        + " and d.done_at >= :fromAt and d.done_at < :toAt group by p.organisation_id, s.event_id",
                p,
                rs -> {
                    UUID event = rs.getObject(2, UUID.class);
                    long each = minutesOf.computeIfAbsent(
                            event,
                            e -> sessions.find(e)
                                    .filter(x -> x.endsAt() != null)
                                    .map(x -> Duration.between(x.startsAt(), x.endsAt())
                                            .toMinutes())
                                    .orElse(0L));
                    parts.computeIfAbsent(new OrganisationId(rs.getObject(1, UUID.class)), o -> new long[2])[1] +=
                            each * rs.getLong(3);
                });
        Map<OrganisationId, SchoolTraining> result = new HashMap<>();
        parts.forEach((o, v) -> result.put(o, new SchoolTraining(v[0], Math.round(v[1] / 60.0))));
        return result;
    }

    /** Each attended session step counts its event's length; an event since cancelled or unknown counts nothing. */
    private BigDecimal sessionHours(MapSqlParameterSource p) {
        Map<UUID, Long> attended = new HashMap<>();
        jdbc.query(
                "select s.event_id, count(*) from training_course_progress_step d"
                        + " join training_course_progress p on p.id = d.progress_id"
                        + " join training_mentor_course_step s on s.course_id = p.course_id and s.step_id = d.step_id"
                        + " where p.organisation_id in (:orgs) and s.event_id is not null"
                        + " and d.done_at >= :fromAt and d.done_at < :toAt group by s.event_id",
                p,
                rs -> {
                    attended.put(rs.getObject(1, UUID.class), rs.getLong(2));
                });
        long minutes = attended.entrySet().stream()
                .mapToLong(e -> sessions.find(e.getKey())
                        .filter(s -> s.endsAt() != null)
                        .map(s -> Duration.between(s.startsAt(), s.endsAt()).toMinutes() * e.getValue())
                        .orElse(0L))
                .sum();
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }

    private long count(String sql, MapSqlParameterSource p) {
        Long value = jdbc.queryForObject(sql, p, Long.class);
        return value == null ? 0 : value;
    }
}
