package ru.nastavnik.publishing.channels;

import java.util.UUID;

/** A social network's API as the outbox uses it. */
interface ChannelClient {

    /** {@code media}: what the post carries besides its text, as {@link #edit} needs it back (null for a text post). */
    record Sent(String chat, String id, String link, String media) {}

    ChannelKind kind();

    /** Posts; {@code delivery} is the outbox row's id, passed where the service deduplicates by it (VK's guid). */
    Sent send(Channel channel, Post post, UUID delivery);

    void delete(Channel channel, String chat, String id);

    /**
     * Brings a post already made up to the item's current text and photo. {@code photo} is the photo the post carries
     * (null: none); the post's picture is touched only when the item's first shown photo is another one. Returns the
     * post as it now is: the same, with its new attachment, or a new post where the service cannot take a photo off.
     */
    Sent edit(Channel channel, Sent sent, java.util.UUID photo, Post post);
}
