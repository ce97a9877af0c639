package ru.nastavnik.publishing.channels;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.shared.OrganisationId;

/**
 * The news items' rows of {@code publishing_outbox} (those with a {@code publication_id}): written in the very
 * transaction that publishes the item, cancelled or listed for deletion with the change that takes it off the
 * section; locked, sent, retried and ended by {@link Outbox} as a document's are.
 */
@Component
class NewsOutbox {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    NewsOutbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One row per enabled channel; a republished item already posted is current again rather than posted twice. */
    void enqueue(PublicationId publication, OrganisationId organisation, List<ChannelKind> kinds) {
        Timestamp now = now();
        for (ChannelKind kind : kinds) {
            jdbc.update("""
                    insert into publishing_outbox (id, publication_id, organisation_id, kind, status, next_attempt_at, created_at, updated_at)
                    values (?, ?, ?, ?, 'PENDING', ?, ?, ?)
                    on conflict (publication_id, kind) where status in ('PENDING', 'SENT', 'FAILED') do nothing""", UUID.randomUUID(), publication.value(), organisation.value(), kind.name(), now, now, now);
        }
        jdbc.update(
                "update publishing_outbox set stale = null, updated_at = ? where publication_id = ? and status = 'SENT' and stale = 'UNPUBLISHED'",
                now,
                publication.value());
    }

    /** Not yet sent: never sent now. Sent: marked, for the curator to delete (the services keep what they got). */
    void unpublished(PublicationId publication, String reason) {
        Timestamp now = now();
        jdbc.update(
                "update publishing_outbox set status = 'CANCELLED', error = ?, updated_at = ? where publication_id = ? and status in ('PENDING', 'FAILED')",
                reason,
                now,
                publication.value());
        jdbc.update(
                "update publishing_outbox set stale = 'UNPUBLISHED', updated_at = ? where publication_id = ? and status = 'SENT' and stale is null",
                now,
                publication.value());
    }

    void nameHidden(PublicationId publication) {
        jdbc.update(
                "update publishing_outbox set stale = 'NAME_HIDDEN', updated_at = ? where publication_id = ? and status = 'SENT'",
                now(),
                publication.value());
    }

    /** Her consent no longer covers the channel: its sent posts of items naming or showing her are to be deleted. */
    void consentNarrowed(ru.nastavnik.people.PersonId person, ChannelKind kind) {
        jdbc.update("""
                update publishing_outbox set stale = 'CONSENT_NARROWED', updated_at = ?
                where kind = ? and status = 'SENT' and stale is null and publication_id in (
                  select publication_id from publication_person where person_id = ? and not hidden
                  union select f.publication_id from publication_photo f
                    join publication_photo_person pp on pp.photo_id = f.id
                    where pp.person_id = ? and f.hidden_at is null)""", now(), kind.name(), person.value(), person.value());
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
