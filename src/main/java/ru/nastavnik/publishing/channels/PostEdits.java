package ru.nastavnik.publishing.channels;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Updates the posts of an item edited after they were sent (Telegram editMessageText/editMessageCaption, or
 * editMessageMedia when its first shown photo changed; VK wall.edit with the new attachment), as sending does: each
 * row in its own transaction holding its lock, the update marked done in the transaction that got the service's
 * answer, failures retried after the same back-off or when the service says, Telegram's 20 a minute per channel
 * counted with the posts. An edit is idempotent at the service (the same text or photo set twice is the same post).
 * One exception: Telegram cannot take a photo off a message, so such a post is deleted and sent again as text — in
 * the one window between the service's answer and our commit, that text post could repeat, as a first post could.
 */
@Component
class PostEdits {

    private final Outbox outbox;
    private final EditOutbox edits;
    private final ChannelSettings settings;
    private final PostComposer composer;
    private final Map<ChannelKind, ChannelClient> clients;
    private final DeliveryLoop loop;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PostEdits(
            Outbox outbox,
            EditOutbox edits,
            ChannelSettings settings,
            PostComposer composer,
            List<ChannelClient> clients,
            DeliveryLoop loop,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.outbox = outbox;
        this.edits = edits;
        this.settings = settings;
        this.composer = composer;
        this.clients = clients.stream().collect(Collectors.toMap(ChannelClient::kind, Function.identity()));
        this.loop = loop;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The job's work: every post due for an update. Returns how many were updated. */
    int editDue() {
        int edited = 0;
        for (UUID id : edits.dueEdits(100)) {
            if (Boolean.TRUE.equals(transactions.execute(s -> edit(id)))) {
                edited++;
            }
        }
        return edited;
    }

    private boolean edit(UUID id) {
        Optional<EditOutbox.EditRow> locked = edits.lockDueEdit(id);
        if (locked.isEmpty()) {
            return false;
        }
        EditOutbox.EditRow row = locked.get();
        Instant now = clock.instant();
        Optional<Channel> channel = settings.active(row.organisation(), row.kind());
        if (channel.isEmpty()) {
            edits.editFailed(id, row.attempts(), message("pubexport.edit.channelOff"));
            return false;
        }
        if (loop.rateLimited(row.organisation(), row.kind())) {
            edits.editLater(id, row.attempts(), now.plus(Duration.ofMinutes(1)), message("channels.error.rateLimited"));
            return false;
        }
        int attempts = row.attempts() + 1;
        try {
            Post post = composer.compose(row.publication(), row.kind());
            edits.editDone(
                    id, clients.get(row.kind()).edit(channel.get(), row.post(), row.photo(), post), post.photoId());
            return true;
        } catch (TelegramClient.PhotoStays stays) {
            edits.editFailed(id, attempts, message("publishingDrafts.edit.photoStays"));
            outbox.stale(id, "PHOTO_REMOVED");
        } catch (PostComposer.NotPublic notPublic) {
            // unpublished meanwhile: the post is marked stale for deletion by that change, nothing to correct
            edits.editFailed(id, row.attempts(), message("pubexport.edit.notPublic"));
        } catch (ChannelFailure failure) {
            if (failure.isPermanent() || attempts >= DeliveryLoop.MAX_ATTEMPTS) {
                edits.editFailed(id, attempts, text(failure));
            } else {
                edits.editLater(id, attempts, now.plus(DeliveryLoop.wait(failure, attempts)), text(failure));
            }
        }
        return false;
    }

    private String text(ChannelFailure failure) {
        return loop.text(failure);
    }

    private String message(String key) {
        return loop.message(key);
    }
}
