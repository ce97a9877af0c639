package ru.nastavnik.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.shared.audit.AuditBatch;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.CurrentUser;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.RequestOrigin;

/**
 * Writes each audit event synchronously, inside the transaction of the change it records: if the change
 * rolls back, so does its record, and no change commits without one.
 */
@Component
class AuditRecorder {

    private static final String INSERT = """
            insert into audit_entry (organisation_id, occurred_at, actor_id, actor_name, remote_address, action,
                                     subject_type, subject_id, details)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate separate;

    AuditRecorder(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A read happens in a read-only transaction; its record is then written in a transaction of its own. */
    @EventListener
    void on(AuditEvent event) {
        on(new AuditBatch(java.util.List.of(event)));
    }

    @EventListener
    void on(AuditBatch batch) {
        if (batch.events().isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            insert(batch.events());
        } else {
            separate.executeWithoutResult(status -> insert(batch.events()));
        }
    }

    private void insert(java.util.List<AuditEvent> events) {
        NastavnikPrincipal actor = CurrentUser.find().orElse(null);
        Timestamp now = Timestamp.from(Instant.now(clock));
        String remote = RequestOrigin.remoteAddress();
        jdbc.batchUpdate(INSERT, events, 500, (statement, event) -> {
            statement.setObject(1, event.organisation() == null ? null : event.organisation().value());
            statement.setTimestamp(2, now);
            statement.setObject(3, actor == null ? null : actor.id().value());
            statement.setString(4, actor == null ? "system" : actor.getUsername());
            statement.setString(5, remote);
            statement.setString(6, event.action().name());
            statement.setString(7, event.subjectType());
            statement.setObject(8, event.subjectId());
            statement.setString(9, truncate(event.details()));
        });
    }

    private static String truncate(String details) {
        return details == null || details.length() <= 2000 ? details : details.substring(0, 2000);
    }
}
