package ru.nastavnik.publishing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.nastavnik.shared.OrganisationId;

/**
 * The published news a public list shows, one page at a time and only the columns it shows (title, date, school):
 * not the items with their text and named people, which an area's page would otherwise read by the hundred.
 */
@Component
public class PublicNews {

    public record Line(PublicationId id, OrganisationId organisationId, String title, Instant publishedAt) {}

    private final JdbcClient jdbc;

    PublicNews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first; {@code topic} null for every kind of news. */
    public Paged<Line> page(Collection<OrganisationId> organisations, PublicationSource topic, int page, int size) {
        if (organisations.isEmpty()) {
            return Paged.of(List.of(), 0, page, size);
        }
        UUID[] ids = organisations.stream().map(OrganisationId::value).toArray(UUID[]::new);
        String kind = topic == null ? null : topic.name();
        record Row(Line line, long total) {}
        List<Row> rows = jdbc.sql("""
                select id, organisation_id, title, published_at, count(*) over () as total
                from publication
                where organisation_id = any(:ids) and status = 'PUBLISHED'
                  and (cast(:kind as varchar) is null or source_kind = cast(:kind as varchar))
                order by published_at desc, id
                offset :offset limit :limit""")
                .param("ids", ids)
                .param("kind", kind)
                .param("offset", Paged.offset(page, size))
                .param("limit", size)
                .query((rs, n) -> new Row(
                        new Line(
                                new PublicationId(rs.getObject("id", UUID.class)),
                                new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                                rs.getString("title"),
                                rs.getTimestamp("published_at").toInstant()),
                        rs.getLong("total")))
                .list();
        if (rows.isEmpty() && page > 1) {
            long total = jdbc.sql("""
                    select count(*) from publication where organisation_id = any(:ids) and status = 'PUBLISHED'
                      and (cast(:kind as varchar) is null or source_kind = cast(:kind as varchar))""")
                    .param("ids", ids)
                    .param("kind", kind)
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
