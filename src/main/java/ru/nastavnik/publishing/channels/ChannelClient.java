package ru.nastavnik.publishing.channels;

import java.util.UUID;

/** A social network's API as the outbox uses it. */
interface ChannelClient {

    /** {@code media}: what the post carries besides its text, as {@link #edit} needs it back (null for a text post). */
    record Sent(String chat, String id, String link, String media) {
    }

    ChannelKind kind();

    /** Posts; {@code delivery} is the outbox row's id, passed where the service deduplicates by it (VK's guid). */
    Sent send(Channel channel, Post post, UUID delivery);

    void delete(Channel channel, String chat, String id);

    /** Replaces the text of a post already made with the item's current one; its photo stays as it was sent. */
    void edit(Channel channel, String chat, String id, String media, Post post);
}
