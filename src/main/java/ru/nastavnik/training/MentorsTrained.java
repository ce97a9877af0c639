package ru.nastavnik.training;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import ru.nastavnik.shared.OrganisationId;

/**
 * Who counts as a trained mentor — one definition for the annual report, the indicators and the public figures, and
 * the one the roadmap's «прошедшие обучение» counts among the mentors in the bank today: a mentor who completed the
 * mentor course here, on the day she completed it, or whose bank entry says she is trained (the curator's mark for
 * training elsewhere, a regional institute's course), on the day it says so. A report that counted the course alone
 * said «0» beside the roadmap's «6 из 6» for a school whose mentors were trained before it came to the system.
 */
@Component
class MentorsTrained {

    /** The earliest day a mark can carry: «by the end of the period» is «between this and the end». */
    static final LocalDate EVER = LocalDate.of(1900, 1, 1);

    private final NamedParameterJdbcTemplate jdbc;
    private final List<MentorHeadcount> banks;

    MentorsTrained(NamedParameterJdbcTemplate jdbc, List<MentorHeadcount> banks) {
        this.jdbc = jdbc;
        this.banks = banks;
    }

    /** The mentors trained in the period, school by school (a school with none is absent); ids only, to count. */
    Map<OrganisationId, Set<UUID>> between(Collection<OrganisationId> schools, LocalDate from, LocalDate to) {
        Map<OrganisationId, Set<UUID>> trained = new HashMap<>();
        if (schools.isEmpty()) {
            return trained;
        }
        jdbc.query(
                "select distinct organisation_id, person_id from training_course_progress"
                        + " where organisation_id in (:orgs) and completed_on between :from and :to",
                new MapSqlParameterSource(
                                "orgs",
                                schools.stream().map(OrganisationId::value).toList())
                        .addValue("from", from)
                        .addValue("to", to),
                rs -> {
                    trained.computeIfAbsent(new OrganisationId(rs.getObject(1, UUID.class)), o -> new HashSet<>())
                            .add(rs.getObject(2, UUID.class));
                });
        banks.forEach(bank -> bank.trainedBetween(schools, from, to)
                .forEach((school, people) ->
                        trained.computeIfAbsent(school, o -> new HashSet<>()).addAll(people)));
        return trained;
    }

    /** How many mentors of all these schools were trained in the period. */
    long count(Collection<OrganisationId> schools, LocalDate from, LocalDate to) {
        return between(schools, from, to).values().stream().mapToLong(Set::size).sum();
    }
}
