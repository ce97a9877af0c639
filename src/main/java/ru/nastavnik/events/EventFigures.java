package ru.nastavnik.events;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.shared.OrganisationId;

/** Counts of the events an organisation held, by kind, for the roadmap and monitoring: figures, no people. */
@Service
@Transactional(readOnly = true)
public class EventFigures {

    private final JdbcTemplate jdbc;

    EventFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Callers have checked the caller's right to the organisation's figures. */
    public Map<EventKind, Long> heldBy(OrganisationId organiser) {
        Map<EventKind, Long> held = new EnumMap<>(EventKind.class);
        for (EventKind kind : EventKind.values()) {
            held.put(kind, 0L);
        }
        jdbc.query(
                "select kind, count(*) from event where organisation_id = ? and status = ? group by kind",
                rs -> {
                    held.put(EventKind.valueOf(rs.getString(1)), rs.getLong(2));
                },
                organiser.value(),
                EventStatus.HELD.name());
        return held;
    }
}
