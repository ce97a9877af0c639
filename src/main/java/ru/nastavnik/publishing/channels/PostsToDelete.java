package ru.nastavnik.publishing.channels;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Every post of the organisation's news and documents that the curator must still delete from Telegram or VK — its item unpublished,
 * or a name hidden after a withdrawn consent to distribution (152-ФЗ art. 10.1) — in one list with its link, until she
 * deletes it through the service or marks it deleted by hand. A withdrawal may touch many items at once: this is
 * where she finds all of their posts.
 */
@Service
@Transactional(readOnly = true)
public class PostsToDelete {

    /** One post to delete: the item, the channel, where the post is and why it must go. */
    public record Post(
            UUID delivery,
            PublicationId publication,
            String title,
            ChannelKind kind,
            String link,
            String reason,
            Instant sentAt,
            UUID document) {

        public String reasonKey() {
            return "channels.stale." + reason;
        }
    }

    private final JdbcTemplate jdbc;
    private final ChannelAccess access;

    PostsToDelete(JdbcTemplate jdbc, ChannelAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** Oldest post first; empty when nothing is to be deleted. */
    public List<Post> of(NastavnikPrincipal caller, OrganisationId organisation) {
        access.check(caller, organisation);
        return jdbc.query(
                """
                select o.id, o.publication_id, coalesce(p.title, d.title), o.kind, o.remote_link, o.stale, o.sent_at,
                       o.document_id
                from publishing_outbox o left join publication p on p.id = o.publication_id
                left join public_document d on d.id = o.document_id
                where o.organisation_id = ? and o.status = 'SENT' and o.stale is not null
                order by o.sent_at, o.id""",
                (rs, row) -> new Post(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class) == null ? null : new PublicationId(rs.getObject(2, UUID.class)),
                        rs.getString(3),
                        ChannelKind.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(),
                        rs.getObject(8, UUID.class)),
                organisation.value());
    }
}
