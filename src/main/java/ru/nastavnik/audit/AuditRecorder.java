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
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            insert(event);
        } else {
            separate.executeWithoutResult(status -> insert(event));
        }
    }

    private void insert(AuditEvent event) {
        NastavnikPrincipal actor = CurrentUser.find().orElse(null);
        jdbc.update(INSERT,
                event.organisation() == null ? null : event.organisation().value(),
                Timestamp.from(Instant.now(clock)),
                actor == null ? null : actor.id().value(),
                actor == null ? "system" : actor.getUsername(),
                RequestOrigin.remoteAddress(),
                event.action().name(),
                event.subjectType(),
                event.subjectId(),
                truncate(event.details()));
    }

    private static String truncate(String details) {
        return details == null || details.length() <= 2000 ? details : details.substring(0, 2000);
    }
}
