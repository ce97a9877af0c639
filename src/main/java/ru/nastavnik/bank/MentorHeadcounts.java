package ru.nastavnik.bank;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.training.MentorHeadcount;

/** The mentors in the banks of the organisations on a day and when they became trained, for training's figures. */
@Component
class MentorHeadcounts implements MentorHeadcount {

    private final NamedParameterJdbcTemplate jdbc;

    MentorHeadcounts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long mentors(Collection<OrganisationId> organisations, LocalDate on) {
        if (organisations.isEmpty()) {
            return 0;
        }
        Long count = jdbc.queryForObject(
                "select count(distinct person_id) from bank_mentor"
                        + " where organisation_id in (:orgs) and entered_on <= :on and (left_on is null or left_on > :on)",
                new MapSqlParameterSource(
                                "orgs",
                                organisations.stream()
                                        .map(OrganisationId::value)
                                        .toList())
                        .addValue("on", on),
                Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public Map<OrganisationId, Set<UUID>> trainedBetween(
            Collection<OrganisationId> organisations, LocalDate from, LocalDate to) {
        Map<OrganisationId, Set<UUID>> trained = new HashMap<>();
        if (organisations.isEmpty()) {
            return trained;
        }
        jdbc.query(
                "select organisation_id, person_id from bank_mentor"
                        + " where organisation_id in (:orgs) and trained_on between :from and :to",
                new MapSqlParameterSource(
                                "orgs",
                                organisations.stream()
                                        .map(OrganisationId::value)
                                        .toList())
                        .addValue("from", from)
                        .addValue("to", to),
                rs -> {
                    trained.computeIfAbsent(new OrganisationId(rs.getObject(1, UUID.class)), o -> new HashSet<>())
                            .add(rs.getObject(2, UUID.class));
                });
        return trained;
    }
}
