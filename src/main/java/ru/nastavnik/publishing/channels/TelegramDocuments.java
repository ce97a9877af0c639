package ru.nastavnik.publishing.channels;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The Bot API's sendDocument: the file as multipart {@code document}, the caption within Telegram's 1024 characters. */
@Component
class TelegramDocuments implements DocumentClient {

    /** A bot may upload files of at most 50 MB (Bot API, «Sending files»). */
    static final long LIMIT = 50L * 1024 * 1024;

    private final ChannelHttp http;
    private final String base;

    TelegramDocuments(
            ChannelHttp http,
            @Value("${nastavnik.publishing.telegram.base-url:https://api.telegram.org}") String base) {
        this.http = http;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
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
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("chat_id", channel.target());
        fields.put("caption", post.fitted(TelegramClient.CAPTION_LIMIT));
        URI uri = URI.create(base + "/bot" + channel.token() + "/sendDocument");
        String id = TelegramClient.checked(http.multipart(uri, fields, "document", post.photo()))
                .path("result")
                .path("message_id")
                .asString();
        return new ChannelClient.Sent(channel.target(), id, TelegramClient.link(channel.target(), id), "document");
    }
}
