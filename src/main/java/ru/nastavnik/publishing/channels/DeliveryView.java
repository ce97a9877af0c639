package ru.nastavnik.publishing.channels;

import java.time.Instant;
import java.util.UUID;

/**
 * One channel's post of a news item. {@code stale} says why a sent post no longer matches the public section
 * ({@code UNPUBLISHED} or {@code NAME_HIDDEN}) until it is deleted; {@code error} is the last failure, in Russian.
 * {@code editDueAt}: the item was edited and the post is still to be updated (then), {@code editError} why the last
 * update failed, {@code editedAt} when the post was last updated.
 */
public record DeliveryView(
        UUID id,
        UUID publication,
        ChannelKind kind,
        DeliveryStatus status,
        int attempts,
        Instant nextAttemptAt,
        String remoteLink,
        String error,
        String stale,
        Instant sentAt,
        Instant editDueAt,
        String editError,
        Instant editedAt) {

    public boolean editPending() {
        return editDueAt != null;
    }

    public boolean retryable() {
        return status == DeliveryStatus.FAILED;
    }

    public boolean removable() {
        return status == DeliveryStatus.SENT;
    }

    public String staleKey() {
        return stale == null ? null : "channels.stale." + stale;
    }
}
