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
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.publishing.PublicationId;
import ru.nastavnik.publishing.PublicationManagement;
import ru.nastavnik.publishing.PublicationStatus;
import ru.nastavnik.publishing.PublicationView;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Delivers the outbox. Each row is sent inside its own transaction holding the row's lock, and the transaction that
 * records the remote id is the one that marks it sent: a crash before that commit leaves the row due (VK refuses the
 * second post by its {@code guid}); a failure is retried after 1, 2, 4 … minutes (at most 6 hours apart, 10 times),
 * or when the service says; Telegram gets at most 20 posts a minute per channel.
 */
@Service
public class ChannelDeliveries {

    static final int MAX_ATTEMPTS = 10;
    static final int TELEGRAM_PER_MINUTE = 20;
    private static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    private static final Duration LONGEST_DELAY = Duration.ofHours(6);

    private final Outbox outbox;
    private final ChannelSettings settings;
    private final PostComposer composer;
    private final Map<ChannelKind, ChannelClient> clients;
    private final PublicationManagement publications;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final java.time.Clock clock;

    ChannelDeliveries(
            Outbox outbox,
            ChannelSettings settings,
            PostComposer composer,
            List<ChannelClient> clients,
            PublicationManagement publications,
            MessageSource messages,
            PlatformTransactionManager transactions,
            java.time.Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.composer = composer;
        this.clients = clients.stream().collect(Collectors.toMap(ChannelClient::kind, Function.identity()));
        this.publications = publications;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public List<DeliveryView> of(NastavnikPrincipal caller, OrganisationId organisation, PublicationId publication) {
        publications.get(caller, organisation, publication);
        return transactions.execute(s -> outbox.of(publication));
    }

    public void retry(
            NastavnikPrincipal caller, OrganisationId organisation, PublicationId publication, UUID delivery) {
        PublicationView item = publications.get(caller, organisation, publication);
        DeliveryView row = own(publication, delivery);
        if (item.status() != PublicationStatus.PUBLISHED) {
            throw InvalidInputException.of("delivery", "channels.retry.notPublished");
        }
        if (!row.retryable() || !Boolean.TRUE.equals(transactions.execute(s -> outbox.retry(delivery)))) {
            throw InvalidInputException.of("delivery", "channels.retry.notFailed");
        }
    }

    /** Deletes the post from the channel (Telegram deleteMessage, VK wall.delete); a refusal is told, nothing marked. */
    public void deletePost(
            NastavnikPrincipal caller, OrganisationId organisation, PublicationId publication, UUID delivery) {
        publications.get(caller, organisation, publication);
        DeliveryView row = own(publication, delivery);
        String[] remote = outbox.remote(delivery)
                .orElseThrow(() -> InvalidInputException.of("delivery", "channels.delete.notSent"));
        Channel channel = settings.active(organisation, row.kind())
                .orElseThrow(() -> InvalidInputException.of("delivery", "channels.delete.noChannel"));
        try {
            clients.get(row.kind()).delete(channel, remote[0], remote[1]);
        } catch (ChannelFailure failure) {
            throw InvalidInputException.of("delivery", "channels.delete.failed", text(failure));
        }
        transactions.executeWithoutResult(s -> outbox.removed(
                delivery, messages.getMessage("channels.removed.byService", null, PostComposer.RUSSIAN)));
    }

    /** The curator deleted the post herself (a service allows a bot to delete only recent posts). */
    public void markDeleted(
            NastavnikPrincipal caller, OrganisationId organisation, PublicationId publication, UUID delivery) {
        publications.get(caller, organisation, publication);
        DeliveryView row = own(publication, delivery);
        if (!row.removable()) {
            throw InvalidInputException.of("delivery", "channels.delete.notSent");
        }
        transactions.executeWithoutResult(s ->
                outbox.removed(delivery, messages.getMessage("channels.removed.byHand", null, PostComposer.RUSSIAN)));
    }

    /** The job's work: every due row, each in its own transaction. Returns how many were sent. */
    public int deliverDue() {
        int sent = 0;
        for (UUID id : outbox.due(100)) {
            if (Boolean.TRUE.equals(transactions.execute(s -> deliver(id)))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(UUID id) {
        Optional<Outbox.Row> locked = outbox.lockDue(id);
        if (locked.isEmpty()) {
            return false;
        }
        Outbox.Row row = locked.get();
        Optional<Channel> channel = settings.active(row.organisation(), row.kind());
        if (channel.isEmpty()) {
            outbox.end(id, row.attempts(), DeliveryStatus.CANCELLED, message("channels.error.channelOff"));
            return false;
        }
        Instant now = clock.instant();
        if (row.kind() == ChannelKind.TELEGRAM
                && outbox.sentSince(row.organisation(), row.kind(), Duration.ofMinutes(1)) >= TELEGRAM_PER_MINUTE) {
            outbox.retryLater(
                    id, row.attempts(), now.plus(Duration.ofMinutes(1)), message("channels.error.rateLimited"));
            return false;
        }
        int attempts = row.attempts() + 1;
        try {
            Post post = composer.compose(row.publication(), row.kind());
            outbox.sent(id, attempts, clients.get(row.kind()).send(channel.get(), post, id), post.photoId());
            return true;
        } catch (PostComposer.NotPublic notPublic) {
            outbox.end(id, row.attempts(), DeliveryStatus.CANCELLED, message("channels.error.notPublic"));
        } catch (ChannelFailure failure) {
            if (failure.isPermanent() || attempts >= MAX_ATTEMPTS) {
                outbox.end(id, attempts, DeliveryStatus.FAILED, text(failure));
            } else {
                Duration wait = failure.retryAfter() != null ? failure.retryAfter() : backoff(attempts);
                outbox.retryLater(id, attempts, now.plus(wait), text(failure));
            }
        }
        return false;
    }

    /** 1, 2, 4, 8 … minutes after the n-th failure, never more than 6 hours. */
    static Duration backoff(int failures) {
        Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(failures - 1, 20));
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    private DeliveryView own(PublicationId publication, UUID delivery) {
        return outbox.find(delivery)
                .filter(d -> publication.value().equals(d.publication()))
                .orElseThrow(NotFoundException::new);
    }

    private String text(ChannelFailure failure) {
        return messages.getMessage(failure.key(), failure.args(), PostComposer.RUSSIAN);
    }

    private String message(String key) {
        return messages.getMessage(key, null, PostComposer.RUSSIAN);
    }
}
