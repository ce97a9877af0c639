package ru.nastavnik.publishing.channels;

import java.time.Instant;
import java.util.UUID;

/**
 * One channel's post of a news item. {@code stale} says why a sent post no longer matches the public section
 * ({@code UNPUBLISHED} or {@code NAME_HIDDEN}) until it is deleted; {@code error} is the last failure, in Russian.
 */
public record DeliveryView(UUID id, UUID publication, ChannelKind kind, DeliveryStatus status, int attempts,
        Instant nextAttemptAt, String remoteLink, String error, String stale, Instant sentAt) {

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
