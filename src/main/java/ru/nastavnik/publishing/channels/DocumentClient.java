package ru.nastavnik.publishing.channels;

import java.util.UUID;

/**
 * Posting a document file to a channel: the post's {@link Post#photo()} carries the PDF (name, type, bytes), its
 * text is the caption. {@code limit}: the largest file the service takes from a bot or a community token.
 */
interface DocumentClient {

    ChannelKind kind();

    long limit();

    ChannelClient.Sent send(Channel channel, Post post, UUID delivery);
}
