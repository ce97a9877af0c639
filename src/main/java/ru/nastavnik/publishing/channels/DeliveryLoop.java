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
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;

/**
 * Delivers the outbox, a news item's rows and a document's alike. Each row is sent inside its own transaction
 * holding the row's lock, and the transaction that records the remote id is the one that marks it sent: a crash
 * before that commit leaves the row due (VK refuses the second post by its {@code guid}); a failure is retried after
 * 1, 2, 4 … minutes (at most 6 hours apart, 10 times), or when the service says; Telegram gets at most 20 posts a
 * minute per channel, news, documents and edits counted together. How the post is made and sent is the
 * {@link Dispatch}'s.
 */
@Component
class DeliveryLoop {

    static final int MAX_ATTEMPTS = 10;
    static final int TELEGRAM_PER_MINUTE = 20;
    private static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    private static final Duration LONGEST_DELAY = Duration.ofHours(6);

    private final Outbox outbox;
    private final ChannelSettings settings;
    private final Map<ChannelKind, ChannelClient> clients;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DeliveryLoop(
            Outbox outbox,
            ChannelSettings settings,
            List<ChannelClient> clients,
            MessageSource messages,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.clients = clients.stream().collect(Collectors.toMap(ChannelClient::kind, Function.identity()));
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Every due row of the dispatch's subject, each in its own transaction. Returns how many were sent. */
    int deliverDue(Dispatch dispatch) {
        int sent = 0;
        for (UUID id : outbox.due(dispatch.subject(), 100)) {
            if (Boolean.TRUE.equals(transactions.execute(s -> deliver(dispatch, id)))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(Dispatch dispatch, UUID id) {
        Optional<Outbox.Row> locked = outbox.lockDue(dispatch.subject(), id);
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
        if (rateLimited(row.organisation(), row.kind())) {
            outbox.retryLater(
                    id, row.attempts(), now.plus(Duration.ofMinutes(1)), message("channels.error.rateLimited"));
            return false;
        }
        int attempts = row.attempts() + 1;
        try {
            Dispatch.Ready ready = dispatch.prepare(row);
            ChannelClient.Sent sent = dispatch.send(channel.get(), ready.post(), id);
            outbox.sent(id, attempts, sent, ready.photo(), ready.digest());
            return true;
        } catch (Dispatch.Refused refused) {
            int counted = refused.status() == DeliveryStatus.FAILED ? attempts : row.attempts();
            outbox.end(id, counted, refused.status(), message(refused.key()));
        } catch (ChannelFailure failure) {
            if (failure.isPermanent() || attempts >= MAX_ATTEMPTS) {
                outbox.end(id, attempts, DeliveryStatus.FAILED, text(failure));
            } else {
                outbox.retryLater(id, attempts, now.plus(wait(failure, attempts)), text(failure));
            }
        }
        return false;
    }

    /** Telegram's 20 posts a minute per channel, of everything sent or edited there. */
    boolean rateLimited(OrganisationId organisation, ChannelKind kind) {
        return kind == ChannelKind.TELEGRAM
                && outbox.sentSince(organisation, kind, Duration.ofMinutes(1)) >= TELEGRAM_PER_MINUTE;
    }

    /** When the service said to come back, else {@link #backoff}. */
    static Duration wait(ChannelFailure failure, int failures) {
        return failure.retryAfter() != null ? failure.retryAfter() : backoff(failures);
    }

    /** 1, 2, 4, 8 … minutes after the n-th failure, never more than 6 hours. */
    static Duration backoff(int failures) {
        Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(failures - 1, 20));
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    /**
     * Deletes a sent post, a news item's or a document's, through its service (Telegram deleteMessage, VK
     * wall.delete); a refusal is told and nothing is marked — the caller marks the row removed.
     */
    void deleteSent(OrganisationId organisation, DeliveryView row) {
        String[] remote = outbox.remote(row.id())
                .orElseThrow(() -> InvalidInputException.of("delivery", "channels.delete.notSent"));
        Channel channel = settings.active(organisation, row.kind())
                .orElseThrow(() -> InvalidInputException.of("delivery", "channels.delete.noChannel"));
        try {
            clients.get(row.kind()).delete(channel, remote[0], remote[1]);
        } catch (ChannelFailure failure) {
            throw InvalidInputException.of("delivery", "channels.delete.failed", text(failure));
        }
    }

    String text(ChannelFailure failure) {
        return messages.getMessage(failure.key(), failure.args(), PostComposer.RUSSIAN);
    }

    String message(String key) {
        return messages.getMessage(key, null, PostComposer.RUSSIAN);
    }
}
