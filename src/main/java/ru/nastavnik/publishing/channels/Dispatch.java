package ru.nastavnik.publishing.channels;

import java.util.UUID;

/**
 * What differs between delivering a news item's row and a document's: how the post is made at the moment of sending
 * (text and photo, or the document's PDF) and which call sends it (sendMessage/sendPhoto and wall.post, or
 * sendDocument and VK's docs upload). {@link DeliveryLoop} does the rest for both.
 */
interface Dispatch {

    Outbox.Subject subject();

    /** The post as the public sees the item now; {@link Refused} when it is not to be sent. */
    Ready prepare(Outbox.Row row);

    ChannelClient.Sent send(Channel channel, Post post, UUID delivery);

    /** {@code photo} is recorded for a later edit of a news post, {@code digest} to notice a changed document. */
    record Ready(Post post, UUID photo, String digest) {}

    /**
     * The row is ended without a call to the service: {@code CANCELLED} (nothing tried — the item is no longer
     * public) keeps the attempts, {@code FAILED} (a file too large for the service) counts as the attempt.
     */
    final class Refused extends RuntimeException {

        private final DeliveryStatus status;
        private final String key;

        Refused(DeliveryStatus status, String key) {
            super(key, null, false, false);
            this.status = status;
            this.key = key;
        }

        DeliveryStatus status() {
            return status;
        }

        String key() {
            return key;
        }
    }
}
