package ru.nastavnik.publishing.channels;

import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The Bot API's sendDocument: the file as multipart {@code document}, the caption within Telegram's 1024 characters,
 * sent as {@link TelegramClient} sends a photo.
 */
@Component
class TelegramDocuments implements DocumentClient {

    /** A bot may upload files of at most 50 MB (Bot API, «Sending files»). */
    static final long LIMIT = 50L * 1024 * 1024;

    private final TelegramClient telegram;

    TelegramDocuments(TelegramClient telegram) {
        this.telegram = telegram;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.TELEGRAM;
    }

    @Override
    public long limit() {
        return LIMIT;
    }

    @Override
    public ChannelClient.Sent send(Channel channel, Post post, UUID delivery) {
        return telegram.sendFile(channel, post, "sendDocument", "document");
    }
}
