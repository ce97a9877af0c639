package ru.nastavnik.publishing.channels;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/** The Telegram Bot API: sendMessage, or sendPhoto with a caption; editMessageText or editMessageCaption; deleteMessage. */
@Component
class TelegramClient implements ChannelClient {

    /** The Bot API's limits: a message's text and a photo's caption. */
    static final int TEXT_LIMIT = 4096;
    static final int CAPTION_LIMIT = 1024;
    private static final String PHOTO = "photo";
    private static final String NOT_MODIFIED = "message is not modified";

    private final ChannelHttp http;
    private final String base;

    TelegramClient(ChannelHttp http, @Value("${nastavnik.publishing.telegram.base-url:https://api.telegram.org}") String base) {
        this.http = http;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.TELEGRAM;
    }

    @Override
    public Sent send(Channel channel, Post post, UUID delivery) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("chat_id", channel.target());
        ChannelHttp.Answer answer;
        boolean photo = post.photo() != null;
        if (photo) {
            fields.put("caption", post.fitted(CAPTION_LIMIT));
            answer = http.multipart(method(channel, "sendPhoto"), fields, "photo", post.photo());
        } else {
            fields.put("text", post.fitted(TEXT_LIMIT));
            answer = http.form(method(channel, "sendMessage"), fields);
        }
        String id = checked(answer).path("result").path("message_id").asString();
        return new Sent(channel.target(), id, link(channel.target(), id), photo ? PHOTO : null);
    }

    /** A photo post's text is its caption, edited by its own method; the photo itself is left as sent. */
    @Override
    public void edit(Channel channel, String chat, String id, String media, Post post) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("chat_id", chat);
        fields.put("message_id", id);
        ChannelHttp.Answer answer;
        if (PHOTO.equals(media)) {
            fields.put("caption", post.fitted(CAPTION_LIMIT));
            answer = http.form(method(channel, "editMessageCaption"), fields);
        } else {
            fields.put("text", post.fitted(TEXT_LIMIT));
            answer = http.form(method(channel, "editMessageText"), fields);
        }
        if (answer.json().path("description").asString("").contains(NOT_MODIFIED)) {
            // the post already says this (the edit changed only what a post does not show, e.g. who is named): done
            return;
        }
        checked(answer);
    }

    @Override
    public void delete(Channel channel, String chat, String id) {
        checked(http.form(method(channel, "deleteMessage"), Map.of("chat_id", chat, "message_id", id)));
    }

    /** A public channel's post has a t.me address; a private one's only by its numeric id. */
    static String link(String chat, String id) {
        if (chat.startsWith("@")) {
            return "https://t.me/" + chat.substring(1) + "/" + id;
        }
        if (chat.startsWith("-100")) {
            return "https://t.me/c/" + chat.substring(4) + "/" + id;
        }
        return null;
    }

    private URI method(Channel channel, String name) {
        return URI.create(base + "/bot" + channel.token() + "/" + name);
    }

    private static JsonNode checked(ChannelHttp.Answer answer) {
        JsonNode json = answer.json();
        if (json.path("ok").asBoolean(false)) {
            return json;
        }
        int code = json.path("error_code").asInt(answer.status());
        String description = json.path("description").asString("");
        if (code == 429) {
            long seconds = json.path("parameters").path("retry_after").asLong(0);
            throw ChannelFailure.rateLimited(seconds > 0 ? Duration.ofSeconds(seconds) : null);
        }
        if (code == 401 || code == 404) {
            throw ChannelFailure.permanent("channels.error.token");
        }
        if (code >= 400 && code < 500) {
            throw ChannelFailure.permanent("channels.error.refused", code, description);
        }
        throw ChannelFailure.temporary("channels.error.server", code);
    }
}
