package ru.nastavnik.publishing.channels;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.shared.OrganisationId;

/**
 * The transactional outbox of channel posts (table {@code publishing_outbox}): a row is written in the very
 * transaction that publishes the item, so a crash never leaves a published item without its posts nor a post of an
 * item that did not go public; a partial unique index keeps one active row per item and channel. A row carries a
 * news item ({@link NewsOutbox} queues those) or a document ({@link DocumentOutbox}); both are locked, sent, retried
 * and ended here.
 */
@Component
class Outbox {

    /** What a row carries: a news item ({@code publication_id}) or a document ({@code document_id}). */
    enum Subject {
        NEWS("publication_id"),
        DOCUMENT("document_id");

        private final String column;

        Subject(String column) {
            this.column = column;
        }
    }

    /** {@code publication} is set on a news item's row, {@code document} on a document's. */
    record Row(
            UUID id,
            PublicationId publication,
            UUID document,
            OrganisationId organisation,
            ChannelKind kind,
            int attempts) {}

    private static final String VIEW = """
            select id, publication_id, kind, status, attempts, next_attempt_at, remote_link, error, stale, sent_at,
                   remote_chat, remote_id, organisation_id, edit_due_at, edit_error, edited_at
            from publishing_outbox""";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Outbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<UUID> due(Subject subject, int limit) {
        return jdbc.queryForList(
                "select id from publishing_outbox where status = 'PENDING' and " + subject.column
                        + " is not null and next_attempt_at <= ? order by next_attempt_at limit ?",
                UUID.class,
                now(),
                limit);
    }

    /** The row, locked for this transaction; another node's run skips it rather than waiting to send it again. */
    Optional<Row> lockDue(Subject subject, UUID id) {
        return jdbc
                .query(
                        "select id, publication_id, document_id, organisation_id, kind, attempts from publishing_outbox where id = ? and "
                                + subject.column
                                + " is not null and status = 'PENDING' and next_attempt_at <= ? for update skip locked",
                        (rs, i) -> {
                            UUID publication = rs.getObject(2, UUID.class);
                            return new Row(
                                    rs.getObject(1, UUID.class),
                                    publication == null ? null : new PublicationId(publication),
                                    rs.getObject(3, UUID.class),
                                    new OrganisationId(rs.getObject(4, UUID.class)),
                                    ChannelKind.valueOf(rs.getString(5)),
                                    rs.getInt(6));
                        },
                        id,
                        now())
                .stream()
                .findFirst();
    }

    int sentSince(OrganisationId organisation, ChannelKind kind, Duration window) {
        Timestamp since = Timestamp.from(clock.instant().minus(window));
        Integer count = jdbc.queryForObject(
                "select count(*) from publishing_outbox where organisation_id = ? and kind = ? and (sent_at > ? or edited_at > ?)",
                Integer.class,
                organisation.value(),
                kind.name(),
                since,
                since);
        return count == null ? 0 : count;
    }

    /** {@code photo}: the news item's photo the post carries; {@code digest}: the document's text as it was sent. */
    void sent(UUID id, int attempts, ChannelClient.Sent sent, UUID photo, String digest) {
        jdbc.update(
                "update publishing_outbox set status = 'SENT', attempts = ?, remote_chat = ?, remote_id = ?, remote_link = ?, remote_media = ?, remote_photo = ?, document_digest = ?, error = null, sent_at = ?, updated_at = ? where id = ?",
                attempts,
                sent.chat(),
                sent.id(),
                sent.link(),
                sent.media(),
                photo,
                digest,
                now(),
                now(),
                id);
    }

    /** The post could not be brought up to date and shows what the item no longer does: listed for the curator to delete. */
    void stale(UUID id, String reason) {
        jdbc.update(
                "update publishing_outbox set stale = ?, updated_at = ? where id = ? and status = 'SENT'",
                reason,
                now(),
                id);
    }

    void retryLater(UUID id, int attempts, Instant at, String error) {
        jdbc.update(
                "update publishing_outbox set attempts = ?, next_attempt_at = ?, error = ?, updated_at = ? where id = ?",
                attempts,
                Timestamp.from(at),
                error,
                now(),
                id);
    }

    void end(UUID id, int attempts, DeliveryStatus status, String error) {
        jdbc.update(
                "update publishing_outbox set status = ?, attempts = ?, error = ?, updated_at = ? where id = ?",
                status.name(),
                attempts,
                error,
                now(),
                id);
    }

    /** The curator's retry: a failed row is due now, with its attempts counted afresh. */
    boolean retry(UUID id) {
        return jdbc.update(
                        "update publishing_outbox set status = 'PENDING', attempts = 0, next_attempt_at = ?, updated_at = ? where id = ? and status = 'FAILED'",
                        now(),
                        now(),
                        id)
                == 1;
    }

    void removed(UUID id, String note) {
        jdbc.update(
                "update publishing_outbox set status = 'REMOVED', error = ?, updated_at = ? where id = ? and status = 'SENT'",
                note,
                now(),
                id);
    }

    List<DeliveryView> of(PublicationId publication) {
        return jdbc.query(
                VIEW + " where publication_id = ? order by created_at, kind", Outbox::view, publication.value());
    }

    Optional<DeliveryView> find(UUID id) {
        return jdbc.query(VIEW + " where id = ?", Outbox::view, id).stream().findFirst();
    }

    /** Where a sent post is: the chat and the service's id, for deleting it. */
    Optional<String[]> remote(UUID id) {
        return jdbc
                .query(
                        "select remote_chat, remote_id from publishing_outbox where id = ? and status = 'SENT'",
                        (rs, i) -> new String[] {rs.getString(1), rs.getString(2)},
                        id)
                .stream()
                .findFirst();
    }

    private static DeliveryView view(ResultSet rs, int row) throws SQLException {
        return new DeliveryView(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                ChannelKind.valueOf(rs.getString(3)),
                DeliveryStatus.valueOf(rs.getString(4)),
                rs.getInt(5),
                rs.getTimestamp(6).toInstant(),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                instant(rs.getTimestamp(10)),
                instant(rs.getTimestamp(14)),
                rs.getString(15),
                instant(rs.getTimestamp(16)));
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
