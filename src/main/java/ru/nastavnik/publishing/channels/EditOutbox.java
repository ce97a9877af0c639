package ru.nastavnik.publishing.channels;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.shared.OrganisationId;

/**
 * The outbox's second queue, on the same rows: a sent post whose item was edited since, to be brought up to date
 * once by the service (`PostEdits`). Split from {@link Outbox}, which queues and sends the posts themselves.
 */
@Component
class EditOutbox {

    /** A sent post whose item was edited since: where it is, what it carries besides text, and which photo. */
    record EditRow(
            UUID id,
            PublicationId publication,
            OrganisationId organisation,
            ChannelKind kind,
            int attempts,
            ChannelClient.Sent post,
            UUID photo) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;

    EditOutbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The item was edited: its current posts are to be updated. A post not yet sent needs nothing (composed when
     * sent); a stale one is to be deleted, not corrected. Several edits before the job runs are one update.
     */
    void edited(PublicationId publication) {
        jdbc.update(
                "update publishing_outbox set edit_due_at = ?, edit_attempts = 0, edit_error = null, updated_at = ? where publication_id = ? and status = 'SENT' and stale is null",
                now(),
                now(),
                publication.value());
    }

    List<UUID> dueEdits(int limit) {
        return jdbc.queryForList(
                "select id from publishing_outbox where edit_due_at <= ? and status = 'SENT' order by edit_due_at limit ?",
                UUID.class,
                now(),
                limit);
    }

    /** Locked like a send: an edit saved meanwhile waits for this commit and then asks for one more update. */
    Optional<EditRow> lockDueEdit(UUID id) {
        return jdbc
                .query(
                        """
                select id, publication_id, organisation_id, kind, edit_attempts, remote_chat, remote_id, remote_link,
                       remote_media, remote_photo
                from publishing_outbox where id = ? and status = 'SENT' and stale is null and edit_due_at <= ? for update skip locked""",
                        (rs, i) -> new EditRow(
                                rs.getObject(1, UUID.class),
                                new PublicationId(rs.getObject(2, UUID.class)),
                                new OrganisationId(rs.getObject(3, UUID.class)),
                                ChannelKind.valueOf(rs.getString(4)),
                                rs.getInt(5),
                                new ChannelClient.Sent(
                                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)),
                                rs.getObject(10, UUID.class)),
                        id,
                        now())
                .stream()
                .findFirst();
    }

    /** The post as it now is: the same one, or (a Telegram photo taken off) the text post that replaced it. */
    void editDone(UUID id, ChannelClient.Sent post, UUID photo) {
        jdbc.update("""
                update publishing_outbox set edit_due_at = null, edit_attempts = 0, edit_error = null, edited_at = ?, updated_at = ?,
                       remote_chat = ?, remote_id = ?, remote_link = ?, remote_media = ?, remote_photo = ? where id = ?""", now(), now(), post.chat(), post.id(), post.link(), post.media(), photo, id);
    }

    void editLater(UUID id, int attempts, Instant at, String error) {
        jdbc.update(
                "update publishing_outbox set edit_attempts = ?, edit_due_at = ?, edit_error = ?, updated_at = ? where id = ?",
                attempts,
                Timestamp.from(at),
                error,
                now(),
                id);
    }

    /** Refused for good: the post keeps its old text, the error is shown; the next edit of the item tries again. */
    void editFailed(UUID id, int attempts, String error) {
        jdbc.update(
                "update publishing_outbox set edit_attempts = ?, edit_due_at = null, edit_error = ?, updated_at = ? where id = ?",
                attempts,
                error,
                now(),
                id);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
