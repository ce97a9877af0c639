package ru.nastavnik.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditBatch;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.CurrentUser;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.RequestOrigin;

/**
 * Writes each audit event synchronously, inside the transaction of the read or change it records: if that
 * rolls back, so does its record, and nothing commits without one. Reads are recorded in their own read-only
 * transaction too (the pool's connections ignore the JDBC read-only flag: readOnlyMode in application.yaml), so that a request
 * never needs a second connection: with a separate transaction per read, ten concurrent list views held all ten
 * connections while each waited for an eleventh.
 */
@Component
class AuditRecorder {

    private static final String INSERT = """
            insert into audit_entry (organisation_id, occurred_at, actor_id, actor_name, remote_address, action,
                                     subject_type, subject_id, details, subject_ids)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditRecorder(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // Synchronous, not an @ApplicationModuleListener: the entry commits or rolls back with what it records, in the
    // request's own connection (issue 20: one request, one connection; no entry lost, none for what never happened).
    @EventListener
    void on(AuditEvent event) {
        on(new AuditBatch(java.util.List.of(event)));
    }

    // synchronous for the same reason as a single event
    @EventListener
    void on(AuditBatch batch) {
        // a list that showed nobody read nobody's data
        List<AuditEvent> events = batch.events().stream()
                .filter(e -> e.action() != AuditAction.READ
                        || e.subjectId() != null
                        || !e.subjects().isEmpty())
                .toList();
        if (events.isEmpty()) {
            return;
        }
        insert(events);
    }

    private void insert(java.util.List<AuditEvent> events) {
        NastavnikPrincipal actor = CurrentUser.find().orElse(null);
        Timestamp now = Timestamp.from(Instant.now(clock));
        String remote = RequestOrigin.remoteAddress();
        jdbc.batchUpdate(INSERT, events, 500, (statement, event) -> {
            statement.setObject(
                    1,
                    event.organisation() == null ? null : event.organisation().value());
            statement.setTimestamp(2, now);
            statement.setObject(3, actor == null ? null : actor.id().value());
            statement.setString(4, actor == null ? "system" : actor.getUsername());
            statement.setString(5, remote);
            statement.setString(6, event.action().name());
            statement.setString(7, event.subjectType());
            statement.setObject(8, event.subjectId());
            statement.setString(9, truncate(event.details()));
            statement.setArray(
                    10,
                    event.subjects().isEmpty()
                            ? null
                            : statement
                                    .getConnection()
                                    .createArrayOf("uuid", event.subjects().toArray()));
        });
    }

    private static String truncate(String details) {
        return details == null || details.length() <= 2000 ? details : details.substring(0, 2000);
    }
}
