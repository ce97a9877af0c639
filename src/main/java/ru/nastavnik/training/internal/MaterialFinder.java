package ru.nastavnik.training.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import ru.nastavnik.training.MaterialAudience;

/**
 * The materials' searches in SQL: PostgreSQL's {@code russian} text search over the generated {@code search} column
 * (its GIN index), ranked by {@code ts_rank}; and the suggestions, ranked by how many of the wanted topics match.
 */
@Component
class MaterialFinder {

    private final NamedParameterJdbcTemplate jdbc;

    MaterialFinder(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Ids of one page of the publishers' materials, the best match first (the newest first without words). */
    Page<UUID> search(Collection<UUID> publishers, MaterialQuery query, Pageable page) {
        MapSqlParameterSource params = new MapSqlParameterSource("publishers", publishers)
                .addValue("words", query.words())
                .addValue("topic", query.topic())
                .addValue(
                        "audience",
                        query.audience() == null ? null : query.audience().name());
        StringBuilder where = new StringBuilder(" from training_material m where m.organisation_id in (:publishers)");
        if (!query.words().isEmpty()) {
            where.append(" and m.search @@ websearch_to_tsquery('russian', :words)");
        }
        if (!query.topic().isEmpty()) {
            where.append(
                    " and exists (select 1 from training_material_topic t where t.material_id = m.id and t.code = :topic)");
        }
        if (query.audience() != null) {
            where.append(" and exists (select 1 from training_material_audience a where a.material_id = m.id"
                    + " and a.audience = :audience)");
        }
        Long total = jdbc.queryForObject("select count(*)" + where, params, Long.class);
        String rank =
                query.words().isEmpty() ? "" : "ts_rank(m.search, websearch_to_tsquery('russian', :words)) desc, ";
        params.addValue("limit", page.getPageSize()).addValue("offset", page.getOffset());
        List<UUID> ids = jdbc.queryForList(
                "select m.id" + where + " order by " + rank
                        + "m.published_on desc, m.title, m.id limit :limit offset :offset",
                params,
                UUID.class);
        return new PageImpl<>(ids, page, total == null ? 0 : total);
    }

    /** Materials on any of the topics, most topics in common first, then the newest. */
    List<UUID> onTopics(Collection<UUID> publishers, Collection<String> topics, MaterialAudience audience, int limit) {
        if (topics.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("publishers", publishers)
                .addValue("topics", topics)
                .addValue("audience", audience.name())
                .addValue("limit", limit);
        return jdbc.queryForList("""
                select m.id from training_material m
                 where m.organisation_id in (:publishers)
                   and exists (select 1 from training_material_audience a where a.material_id = m.id and a.audience = :audience)
                   and exists (select 1 from training_material_topic t where t.material_id = m.id and t.code in (:topics))
                 order by (select count(*) from training_material_topic t where t.material_id = m.id and t.code in (:topics)) desc,
                          m.published_on desc, m.title
                 limit :limit""", params, UUID.class);
    }
}
