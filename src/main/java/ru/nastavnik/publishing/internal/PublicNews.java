package ru.nastavnik.publishing.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.nastavnik.publishing.PublicationSource;
import ru.nastavnik.roadmap.PublicationStages;
import ru.nastavnik.shared.OrganisationId;

/**
 * The published news a public list shows, one page at a time and only the columns it shows (title, date, school,
 * roadmap stages): not the items with their text and named people, which an area's page would otherwise read by the
 * hundred. The stages are read by one query of the roadmap's evidence links for the shown schools, never one an
 * item ({@link NewsStage} says how an item's stages are decided).
 */
@Component
public class PublicNews {

    public record Line(
            PublicationId id, OrganisationId organisationId, String title, Instant publishedAt, List<Integer> stages) {

        public Line {
            stages = List.copyOf(stages);
        }
    }

    private final JdbcClient jdbc;
    private final PublicationStages linkedStages;

    PublicNews(JdbcClient jdbc, PublicationStages linkedStages) {
        this.jdbc = jdbc;
        this.linkedStages = linkedStages;
    }

    /** Newest first; {@code topic} null for every kind of news. */
    public Paged<Line> page(Collection<OrganisationId> organisations, PublicationSource topic, int page, int size) {
        return page(organisations, topic, null, page, size);
    }

    /** Newest first; {@code topic} null for every kind of news, {@code stage} null for every stage. */
    public Paged<Line> page(
            Collection<OrganisationId> organisations, PublicationSource topic, NewsStage stage, int page, int size) {
        if (organisations.isEmpty()) {
            return Paged.of(List.of(), 0, page, size);
        }
        UUID[] ids = organisations.stream().map(OrganisationId::value).toArray(UUID[]::new);
        Map<UUID, SortedSet<Integer>> linked = linkedStages.of(organisations);
        UUID[] linkedIds = linked.keySet().toArray(UUID[]::new);
        UUID[] atStage = stage == null
                ? new UUID[0]
                : linked.entrySet().stream()
                        .filter(e -> e.getValue().contains(stage.number()))
                        .map(Map.Entry::getKey)
                        .toArray(UUID[]::new);
        String[] sources =
                stage == null ? new String[0] : NewsStage.naturalSources(stage).toArray(String[]::new);
        String kind = topic == null ? null : topic.name();
        String filter = """
                where organisation_id = any(:ids) and status = 'PUBLISHED'
                  and (cast(:kind as varchar) is null or source_kind = cast(:kind as varchar))
                  and (cast(:stage as integer) is null or id = any(:atStage)
                       or (not id = any(:linked) and source_kind = any(:sources)))""";
        record Row(Line line, long total) {}
        List<Row> rows = jdbc.sql("select id, organisation_id, title, published_at, source_kind,"
                        + " count(*) over () as total from publication " + filter
                        + " order by published_at desc, id offset :offset limit :limit")
                .param("ids", ids)
                .param("kind", kind)
                .param("stage", stage == null ? null : stage.number())
                .param("atStage", atStage)
                .param("linked", linkedIds)
                .param("sources", sources)
                .param("offset", Paged.offset(page, size))
                .param("limit", size)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Row(
                            new Line(
                                    new PublicationId(id),
                                    new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                                    rs.getString("title"),
                                    rs.getTimestamp("published_at").toInstant(),
                                    NewsStage.of(
                                            linked.get(id), PublicationSource.valueOf(rs.getString("source_kind")))),
                            rs.getLong("total"));
                })
                .list();
        if (rows.isEmpty() && page > 1) {
            long total = jdbc.sql("select count(*) from publication " + filter)
                    .param("ids", ids)
                    .param("kind", kind)
                    .param("stage", stage == null ? null : stage.number())
                    .param("atStage", atStage)
                    .param("linked", linkedIds)
                    .param("sources", sources)
                    .query(Long.class)
                    .single();
            return Paged.of(List.of(), total, page, size);
        }
        return Paged.of(
                rows.stream().map(Row::line).toList(),
                rows.isEmpty() ? 0 : rows.get(0).total(),
                page,
                size);
    }
}
