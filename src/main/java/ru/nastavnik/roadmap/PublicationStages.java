package ru.nastavnik.roadmap;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.shared.OrganisationId;

/**
 * Which roadmap stages a school's published item covers: the stages of the activities the curator linked it to as
 * evidence — for monitoring's «информационное сопровождение» by stage. Ids only, no people.
 */
@Service
@Transactional(readOnly = true)
public class PublicationStages {

    private final JdbcTemplate jdbc;

    PublicationStages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** For each linked item of these schools, its stages (1–7), in one query; callers have checked the caller's right. */
    public Map<UUID, SortedSet<Integer>> of(Collection<OrganisationId> schools) {
        Map<UUID, SortedSet<Integer>> stages = new HashMap<>();
        if (schools.isEmpty()) {
            return stages;
        }
        jdbc.query(
                """
                select d.publication_id, a.stage from roadmap_evidence_document d
                join roadmap_activity a on a.id = d.activity_id
                where d.organisation_id = any(?) and d.publication_id is not null""",
                ps -> ps.setArray(
                        1,
                        ps.getConnection()
                                .createArrayOf(
                                        "uuid",
                                        schools.stream()
                                                .map(OrganisationId::value)
                                                .toArray())),
                rs -> {
                    stages.computeIfAbsent(rs.getObject(1, UUID.class), k -> new TreeSet<>())
                            .add(rs.getInt(2));
                });
        return stages;
    }
}
