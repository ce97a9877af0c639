package ru.nastavnik.publishing.channels;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ru.nastavnik.shared.OrganisationId;

/**
 * The documents' rows of {@code publishing_outbox} (those with a {@code document_id}): written when the curator sends
 * a document, locked, sent, retried and ended by {@link Outbox} as a news item's are; the partial unique index keeps
 * one active row per document and channel, so a document already sent, or waiting, is never queued twice.
 */
@Component
class DocumentOutbox {

    record SentRow(UUID id, UUID document, String digest) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DocumentOutbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** False when an active row of this document and channel exists (sent, waiting or failed). */
    boolean enqueue(UUID document, OrganisationId organisation, ChannelKind kind) {
        Timestamp now = now();
        return jdbc.update("""
                insert into publishing_outbox (id, document_id, organisation_id, kind, status, next_attempt_at, created_at, updated_at)
                values (?, ?, ?, ?, 'PENDING', ?, ?, ?)
                on conflict (document_id, kind) where status in ('PENDING', 'SENT', 'FAILED') do nothing""", UUID.randomUUID(), document, organisation.value(), kind.name(), now, now, now) == 1;
    }

    boolean active(UUID document, ChannelKind kind) {
        Integer count = jdbc.queryForObject(
                "select count(*) from publishing_outbox where document_id = ? and kind = ? and status in ('PENDING', 'SENT', 'FAILED')",
                Integer.class,
                document,
                kind.name());
        return count != null && count > 0;
    }

    List<UUID> of(UUID document) {
        return jdbc.queryForList(
                "select id from publishing_outbox where document_id = ? order by created_at, kind",
                UUID.class,
                document);
    }

    /** Sent posts not yet listed for deletion: of one document, or (null) of every document. */
    List<SentRow> sent(UUID document) {
        return jdbc.query(
                "select id, document_id, document_digest from publishing_outbox where document_id is not null and (?::uuid is null or document_id = ?) and status = 'SENT' and stale is null order by sent_at limit 500",
                (rs, i) -> new SentRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)),
                document,
                document);
    }

    /** Not sent yet and the document no longer shown: never sent now. */
    void cancelUnsent(UUID document, String reason) {
        jdbc.update(
                "update publishing_outbox set status = 'CANCELLED', error = ?, updated_at = ? where document_id = ? and status in ('PENDING', 'FAILED')",
                reason,
                now(),
                document);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
