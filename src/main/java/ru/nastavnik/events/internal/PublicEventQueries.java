package ru.nastavnik.events.internal;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.events.EventId;
import ru.nastavnik.events.EventStatus;
import ru.nastavnik.events.EventView;
import ru.nastavnik.events.PublicEvents;
import ru.nastavnik.shared.OrganisationId;

/** {@link PublicEvents} from the event aggregates and, for a page of them, one query over their columns. */
@Service
@Transactional(readOnly = true)
class PublicEventQueries implements PublicEvents {

    private final EventRepository events;
    private final JdbcClient jdbc;

    PublicEventQueries(EventRepository events, JdbcClient jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    @Override
    public List<EventView> heldBy(Collection<OrganisationId> organisers) {
        return events.organisedBy(organisers.stream().map(OrganisationId::value).toList()).stream()
                .filter(e -> e.view().status() == EventStatus.HELD)
                .map(e -> e.view().withoutNamedPeople())
                .toList();
    }

    /**
     * The held events of {@code organisers} from {@code offset}, at most {@code limit}, in one query: only the columns
     * a public list shows (the attendance counted in the database, the decisions only of a complete protocol, as
     * {@link EventView#protocol()}), not the aggregates with their agenda, people and registrations.
     */
    @Override
    public HeldPage held(Collection<OrganisationId> organisers, int offset, int limit) {
        if (organisers.isEmpty()) {
            return new HeldPage(List.of(), 0);
        }
        UUID[] ids = organisers.stream().map(OrganisationId::value).toArray(UUID[]::new);
        record Row(Held held, long total) {}
        List<Row> rows = jdbc.sql("""
                select e.id, e.organisation_id, e.title, e.starts_at, e.ends_at, e.time_zone,
                       (select count(*) from event_registration r where r.event_id = e.id and r.attended) as attended,
                       case when e.protocol_number is not null and e.protocol_chair is not null
                                 and e.protocol_secretary is not null then e.protocol_decided end as decided,
                       count(*) over () as total
                from event e
                where e.organisation_id = any(?) and e.status = 'HELD'
                order by e.starts_at desc, e.id
                offset ? limit ?""")
                .params(ids, Math.max(0, offset), Math.max(0, limit))
                .query((rs, n) -> new Row(
                        new Held(
                                new EventId(rs.getObject("id", UUID.class)),
                                new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                                rs.getString("title"),
                                rs.getTimestamp("starts_at").toInstant(),
                                rs.getTimestamp("ends_at").toInstant(),
                                ZoneId.of(rs.getString("time_zone")),
                                rs.getInt("attended"),
                                rs.getString("decided")),
                        rs.getLong("total")))
                .list();
        if (rows.isEmpty()) {
            Long total = offset <= 0
                    ? 0L
                    : jdbc.sql("select count(*) from event where organisation_id = any(?) and status = 'HELD'")
                            .params((Object) ids)
                            .query(Long.class)
                            .single();
            return new HeldPage(List.of(), total);
        }
        return new HeldPage(rows.stream().map(Row::held).toList(), rows.get(0).total());
    }
}
