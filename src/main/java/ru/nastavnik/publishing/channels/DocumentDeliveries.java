package ru.nastavnik.publishing.channels;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.publishing.PublicDocumentFiles;
import ru.nastavnik.publishing.PublicDocumentView;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.PublicBaseUrl;

/**
 * Delivers the documents' outbox rows as {@link ChannelDeliveries} delivers the news': each row in its own
 * transaction holding its lock, marked sent in the transaction that records the remote id; the same back-off, the
 * service's {@code retry_after}, the same 20 posts a minute per Telegram channel (news and documents counted
 * together). The file is made at the moment of sending from what the section shows then; a document no longer shown
 * is not sent, and a sent post whose document is hidden, replaced or shown otherwise is listed for deletion.
 */
@Component
class DocumentDeliveries {

    static final String HIDDEN = "DOCUMENT_HIDDEN";
    static final String REPLACED = "DOCUMENT_REPLACED";
    static final String CHANGED = "DOCUMENT_CHANGED";

    private final DocumentOutbox documents;
    private final Outbox outbox;
    private final ChannelSettings settings;
    private final Map<ChannelKind, DocumentClient> clients;
    private final Map<ChannelKind, ChannelClient> posts;
    private final PublicDocumentFiles files;
    private final PublicBaseUrl baseUrl;
    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final java.time.Clock clock;

    DocumentDeliveries(
            DocumentOutbox documents,
            Outbox outbox,
            ChannelSettings settings,
            List<DocumentClient> clients,
            List<ChannelClient> posts,
            PublicDocumentFiles files,
            PublicBaseUrl baseUrl,
            JdbcTemplate jdbc,
            MessageSource messages,
            PlatformTransactionManager transactions,
            java.time.Clock clock) {
        this.documents = documents;
        this.outbox = outbox;
        this.settings = settings;
        this.clients = clients.stream().collect(Collectors.toMap(DocumentClient::kind, Function.identity()));
        this.posts = posts.stream().collect(Collectors.toMap(ChannelClient::kind, Function.identity()));
        this.files = files;
        this.baseUrl = baseUrl;
        this.jdbc = jdbc;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    DocumentClient client(ChannelKind kind) {
        return clients.get(kind);
    }

    /** A document's post is deleted as a news item's: Telegram deleteMessage, VK wall.delete. */
    void delete(Channel channel, String chat, String id) {
        posts.get(channel.kind()).delete(channel, chat, id);
    }

    /** The post: the heading and title as the caption, the link to the document's page, the PDF as the file. */
    Optional<Post> compose(PublicDocumentView document) {
        return slug(document.organisationId()).map(slug -> {
            PublicDocumentFiles.File file = files.file(document);
            return new Post(
                    files.heading(document),
                    document.title(),
                    messages.getMessage("publishingDocuments.post.more", null, PostComposer.RUSSIAN),
                    baseUrl.of("/o/" + slug + "/nastavnichestvo/documents/" + document.id()),
                    new Post.Photo(document.id(), file.pdf(), "application/pdf", file.name()));
        });
    }

    Optional<String> slug(OrganisationId organisation) {
        return jdbc
                .queryForList(
                        "select slug from publishing_site where organisation_id = ?",
                        String.class,
                        organisation.value())
                .stream()
                .findFirst();
    }

    /** The job's work: every due document row, each in its own transaction. Returns how many were sent. */
    int deliverDue() {
        int sent = 0;
        for (UUID id : documents.due(100)) {
            if (Boolean.TRUE.equals(transactions.execute(s -> deliver(id)))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(UUID id) {
        Optional<DocumentOutbox.Row> locked = documents.lockDue(id);
        if (locked.isEmpty()) {
            return false;
        }
        DocumentOutbox.Row row = locked.get();
        Optional<Channel> channel = settings.active(row.organisation(), row.kind());
        if (channel.isEmpty()) {
            outbox.end(id, row.attempts(), DeliveryStatus.CANCELLED, message("channels.error.channelOff"));
            return false;
        }
        Instant now = clock.instant();
        if (row.kind() == ChannelKind.TELEGRAM
                && outbox.sentSince(row.organisation(), row.kind(), Duration.ofMinutes(1))
                        >= ChannelDeliveries.TELEGRAM_PER_MINUTE) {
            outbox.retryLater(
                    id, row.attempts(), now.plus(Duration.ofMinutes(1)), message("channels.error.rateLimited"));
            return false;
        }
        Optional<PublicDocumentView> shown = files.of(row.document())
                .filter(s -> s.shown() == PublicDocumentFiles.Shown.SHOWN)
                .map(PublicDocumentFiles.State::document);
        Optional<Post> post = shown.flatMap(this::compose);
        if (post.isEmpty()) {
            outbox.end(id, row.attempts(), DeliveryStatus.CANCELLED, message("publishingDocuments.error.notShown"));
            return false;
        }
        DocumentClient client = clients.get(row.kind());
        int attempts = row.attempts() + 1;
        if (post.get().photo().bytes().length > client.limit()) {
            outbox.end(id, attempts, DeliveryStatus.FAILED, message("publishingDocuments.error.tooLarge"));
            return false;
        }
        try {
            outbox.sent(id, attempts, client.send(channel.get(), post.get(), id), null);
            documents.digest(id, PublicDocumentFiles.digest(shown.get()));
            return true;
        } catch (ChannelFailure failure) {
            String error = messages.getMessage(failure.key(), failure.args(), PostComposer.RUSSIAN);
            if (failure.isPermanent() || attempts >= ChannelDeliveries.MAX_ATTEMPTS) {
                outbox.end(id, attempts, DeliveryStatus.FAILED, error);
            } else {
                Duration wait =
                        failure.retryAfter() != null ? failure.retryAfter() : ChannelDeliveries.backoff(attempts);
                outbox.retryLater(id, attempts, now.plus(wait), error);
            }
        }
        return false;
    }

    /**
     * The document's posts against what the section shows now: not shown → the unsent ones cancelled; a sent one
     * listed for deletion, saying why (hidden, replaced by a newer Regulation, or shown otherwise — another mode, a
     * name removed after a withdrawn consent, 152-ФЗ art. 10.1).
     */
    void recheck(UUID document) {
        Optional<PublicDocumentFiles.State> state = files.of(document);
        boolean shown =
                state.map(s -> s.shown() == PublicDocumentFiles.Shown.SHOWN).orElse(false);
        if (!shown) {
            documents.cancelUnsent(document, message("publishingDocuments.error.notShown"));
        }
        for (DocumentOutbox.SentRow row : documents.sent(document)) {
            stale(row, state);
        }
    }

    /** Every sent document post: a newer Regulation approved takes the older one off the section without a word here. */
    void recheckSent() {
        transactions.executeWithoutResult(s -> documents.sent(null).stream()
                .map(DocumentOutbox.SentRow::document)
                .distinct()
                .forEach(this::recheck));
    }

    private void stale(DocumentOutbox.SentRow row, Optional<PublicDocumentFiles.State> state) {
        String reason = state.isEmpty()
                ? HIDDEN
                : switch (state.get().shown()) {
                    case HIDDEN -> HIDDEN;
                    case REPLACED -> REPLACED;
                    case SHOWN ->
                        PublicDocumentFiles.digest(state.get().document()).equals(row.digest()) ? null : CHANGED;
                };
        if (reason != null) {
            outbox.stale(row.id(), reason);
        }
    }

    private String message(String key) {
        return messages.getMessage(key, null, PostComposer.RUSSIAN);
    }
}
