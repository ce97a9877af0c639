package ru.nastavnik.practices.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import ru.nastavnik.practices.PracticeId;
import ru.nastavnik.practices.PracticeLevel;
import ru.nastavnik.shared.OrganisationId;

/**
 * The libraries' search in SQL, as training's materials are searched: PostgreSQL's {@code russian} text search over
 * the generated {@code search} column (its GIN index), ranked by {@code ts_rank}; the newest decision first without words.
 */
@Component
class PracticeFinder {

    static final int LIMIT = 200;

    private final NamedParameterJdbcTemplate jdbc;

    PracticeFinder(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Row(
            PracticeId id,
            String title,
            OrganisationId school,
            PracticeLevel level,
            PracticeLevel pendingLevel,
            boolean consent) {}

    /** Accepted practices of the schools, at least at {@code query.level()}, the best match first; at most {@link #LIMIT}. */
    List<Row> search(Collection<UUID> schools, LibraryQuery query) {
        if (schools.isEmpty()) {
            return List.of();
        }
        List<String> levels = Arrays.stream(PracticeLevel.values())
                .filter(l -> query.level() == null || !l.below(query.level()))
                .map(Enum::name)
                .toList();
        MapSqlParameterSource params = new MapSqlParameterSource("schools", schools)
                .addValue("levels", levels)
                .addValue("words", query.words())
                .addValue("limit", LIMIT)
                .addValue(
                        "school", query.school() == null ? null : query.school().value());
        StringBuilder sql = new StringBuilder("""
                select p.id, p.title, p.organisation_id, p.level, p.pending_level, p.distribution_consent_on is not null as consent
                  from practice p
                 where p.organisation_id in (:schools) and p.level in (:levels)""");
        if (query.school() != null) {
            sql.append(" and p.organisation_id = :school");
        }
        if (!query.words().isEmpty()) {
            sql.append(" and p.search @@ websearch_to_tsquery('russian', :words)");
        }
        sql.append(" order by ");
        if (!query.words().isEmpty()) {
            sql.append("ts_rank(p.search, websearch_to_tsquery('russian', :words)) desc, ");
        }
        sql.append("p.decided_at desc nulls last, p.title, p.id limit :limit");
        return jdbc.query(
                sql.toString(),
                params,
                (rs, n) -> new Row(
                        new PracticeId(rs.getObject(1, UUID.class)),
                        rs.getString(2),
                        new OrganisationId(rs.getObject(3, UUID.class)),
                        PracticeLevel.valueOf(rs.getString(4)),
                        rs.getString(5) == null ? null : PracticeLevel.valueOf(rs.getString(5)),
                        rs.getBoolean(6)));
    }
}
