package ru.nastavnik.bank;

import java.time.LocalDate;
import java.util.Collection;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.training.MentorHeadcount;

/** The mentors in the banks of the organisations on a day, for training's figures (the share of trained mentors). */
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
}
