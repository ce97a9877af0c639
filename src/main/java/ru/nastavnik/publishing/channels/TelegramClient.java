package ru.nastavnik.publishing.channels;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Telegram Bot API: sendMessage, or sendPhoto with a caption; editMessageText, editMessageCaption or
 * editMessageMedia; deleteMessage.
 */
@Component
class TelegramClient implements ChannelClient {

    /** The Bot API's limits: a message's text and a photo's caption. */
    static final int TEXT_LIMIT = 4096;

    static final int CAPTION_LIMIT = 1024;
    private static final String PHOTO = "photo";
    private static final String NOT_MODIFIED = "message is not modified";
    private static final String GONE = "message to delete not found";

    private final ChannelHttp http;
    private final JsonMapper json;
    private final String base;

    TelegramClient(
            ChannelHttp http,
            JsonMapper json,
            @Value("${nastavnik.publishing.telegram.base-url:https://api.telegram.org}") String base) {
        this.http = http;
        this.json = json;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.TELEGRAM;
    }

    @Override
    public Sent send(Channel channel, Post post, UUID delivery) {
        return post.photo() != null ? sendFile(channel, post, "sendPhoto", PHOTO) : sendText(channel, post);
    }

    /** The post's file ({@link Post#photo()}) as the multipart {@code field}, its text as the caption. */
    Sent sendFile(Channel channel, Post post, String method, String field) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("chat_id", channel.target());
        fields.put("caption", post.fitted(CAPTION_LIMIT));
        String id = checked(http.multipart(method(channel, method), fields, field, post.photo()))
                .path("result")
                .path("message_id")
                .asString();
        return new Sent(channel.target(), id, link(channel.target(), id), field);
    }

    private Sent sendText(Channel channel, Post post) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("chat_id", channel.target());
        fields.put("text", post.fitted(TEXT_LIMIT));
        String id = checked(http.form(method(channel, "sendMessage"), fields))
                .path("result")
                .path("message_id")
                .asString();
        return new Sent(channel.target(), id, link(channel.target(), id), null);
    }

    /**
     * The same photo: only the text (a photo post's caption, by its own method). Another photo, or one added to a text
     * post: editMessageMedia uploads it with the caption. A photo taken off: the Bot API cannot turn a photo message
     * into text, so the post is deleted and sent again as text — its new id and link are recorded with the answer.
     */
    @Override
    public Sent edit(Channel channel, Sent sent, UUID photo, Post post) {
        if (java.util.Objects.equals(photo, post.photoId())) {
            editText(channel, sent.chat(), sent.id(), sent.media(), post);
            return sent;
        }
        if (post.photo() != null) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("chat_id", sent.chat());
            fields.put("message_id", sent.id());
            Map<String, String> media = new LinkedHashMap<>();
            media.put("type", "photo");
            media.put("media", "attach://photo");
            media.put("caption", post.fitted(CAPTION_LIMIT));
            fields.put("media", json.writeValueAsString(media));
            notModifiedOrChecked(http.multipart(method(channel, "editMessageMedia"), fields, "photo", post.photo()));
            return new Sent(sent.chat(), sent.id(), sent.link(), PHOTO);
        }
        ChannelHttp.Answer deleted =
                http.form(method(channel, "deleteMessage"), Map.of("chat_id", sent.chat(), "message_id", sent.id()));
        if (!deleted.json().path("description").asString("").contains(GONE)) {
            // deleted by an earlier attempt whose text post then failed: go on to send it
            try {
                checked(deleted);
            } catch (ChannelFailure failure) {
                if (failure.isPermanent()) {
                    throw new PhotoStays();
                }
                throw failure;
            }
        }
        return sendText(channel, post);
    }

    /**
     * Telegram refused to delete a post whose photo was taken off the item (a bot may delete only recent messages):
     * the post still shows the photo, so the curator deletes it by its link.
     */
    static final class PhotoStays extends RuntimeException {
        PhotoStays() {
            super(null, null, false, false);
        }
    }

    private void editText(Channel channel, String chat, String id, String media, Post post) {
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
        notModifiedOrChecked(answer);
    }

    private static void notModifiedOrChecked(ChannelHttp.Answer answer) {
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

    static JsonNode checked(ChannelHttp.Answer answer) {
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
