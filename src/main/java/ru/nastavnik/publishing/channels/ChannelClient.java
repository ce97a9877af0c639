package ru.nastavnik.publishing.channels;

import java.util.UUID;

/** A social network's API as the outbox uses it. */
interface ChannelClient {

    record Sent(String chat, String id, String link) {
    }

    ChannelKind kind();

    /** Posts; {@code delivery} is the outbox row's id, passed where the service deduplicates by it (VK's guid). */
    Sent send(Channel channel, Post post, UUID delivery);

    void delete(Channel channel, String chat, String id);
}
