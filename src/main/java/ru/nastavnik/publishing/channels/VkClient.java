package ru.nastavnik.publishing.channels;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The VK API for a community's wall: wall.post (with {@code guid}, so that VK itself refuses a second post of the
 * same delivery), a photo through photos.getWallUploadServer → upload → photos.saveWallPhoto; wall.edit; wall.delete.
 */
@Component
class VkClient implements ChannelClient {

    static final String VERSION = "5.199";
    /** A wall post's text limit. */
    static final int TEXT_LIMIT = 15_000;
    /** The token is rejected: authorisation failed, the community's or the application's. */
    private static final Set<Integer> TOKEN = Set.of(5, 27, 28);
    /** Too many requests, flood control, VK's own failure: wait and try again. */
    private static final Set<Integer> LATER = Set.of(1, 6, 9, 10, 29);

    private final ChannelHttp http;
    private final String base;

    VkClient(ChannelHttp http, @Value("${nastavnik.publishing.vk.base-url:https://api.vk.com}") String base) {
        this.http = http;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.VK;
    }

    @Override
    public Sent send(Channel channel, Post post, UUID delivery) {
        return wallPost(channel, post, delivery, post.photo() == null ? null : photo(channel, post.photo()));
    }

    /** The post on the community's wall with what is already uploaded ({@code attachment}, null: none). */
    Sent wallPost(Channel channel, Post post, UUID delivery, String attachment) {
        Map<String, String> fields = fields(channel);
        fields.put("owner_id", "-" + channel.target());
        fields.put("from_group", "1");
        fields.put("message", post.fitted(TEXT_LIMIT));
        fields.put("guid", delivery.toString());
        if (attachment != null) {
            fields.put("attachments", attachment);
        }
        String id = call("wall.post", fields).path("response").path("post_id").asString();
        return new Sent("-" + channel.target(), id, "https://vk.com/wall-" + channel.target() + "_" + id, attachment);
    }

    /**
     * wall.edit replaces the attachments too: the photo sent is named again, or the post would lose it; another photo
     * is uploaded first (a repeated attempt uploads it again — an unused copy in the community's album, never a second
     * post); none named takes the photo off.
     */
    @Override
    public Sent edit(Channel channel, Sent sent, UUID photo, Post post) {
        String media = java.util.Objects.equals(photo, post.photoId())
                ? sent.media()
                : post.photo() == null ? null : photo(channel, post.photo());
        Map<String, String> fields = fields(channel);
        fields.put("owner_id", sent.chat());
        fields.put("post_id", sent.id());
        fields.put("message", post.fitted(TEXT_LIMIT));
        if (media != null) {
            fields.put("attachments", media);
        }
        call("wall.edit", fields);
        return new Sent(sent.chat(), sent.id(), sent.link(), media);
    }

    @Override
    public void delete(Channel channel, String chat, String id) {
        Map<String, String> fields = fields(channel);
        fields.put("owner_id", chat);
        fields.put("post_id", id);
        call("wall.delete", fields);
    }

    private String photo(Channel channel, Post.Photo photo) {
        JsonNode uploaded = upload(channel, "photos", "photo", photo);
        Map<String, String> save = fields(channel);
        save.put("group_id", channel.target());
        save.put("server", uploaded.path("server").asString());
        save.put("photo", uploaded.path("photo").asString());
        save.put("hash", uploaded.path("hash").asString());
        JsonNode saved = call("photos.saveWallPhoto", save).path("response").path(0);
        return "photo" + saved.path("owner_id").asString() + "_"
                + saved.path("id").asString();
    }

    /** {@code api}'s getWallUploadServer for the community, then the file uploaded there as {@code field}. */
    JsonNode upload(Channel channel, String api, String field, Post.Photo file) {
        Map<String, String> server = fields(channel);
        server.put("group_id", channel.target());
        String uploadUrl = call(api + ".getWallUploadServer", server)
                .path("response")
                .path("upload_url")
                .asString();
        return checked(http.multipart(URI.create(uploadUrl), Map.of(), field, file));
    }

    JsonNode call(String method, Map<String, String> fields) {
        return checked(http.form(URI.create(base + "/method/" + method), fields));
    }

    static Map<String, String> fields(Channel channel) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("access_token", channel.token());
        fields.put("v", VERSION);
        return fields;
    }

    static JsonNode checked(ChannelHttp.Answer answer) {
        JsonNode error = answer.json().path("error");
        if (error.isMissingNode() || error.isNull()) {
            if (answer.status() == 429) {
                throw ChannelFailure.rateLimited(null);
            }
            if (answer.status() >= 500) {
                throw ChannelFailure.temporary("channels.error.server", answer.status());
            }
            return answer.json();
        }
        if (error.isString()) {
            // the upload server answers {"error": "..."}: a photo it could not take
            throw ChannelFailure.permanent("channels.error.refused", answer.status(), error.asString());
        }
        int code = error.path("error_code").asInt();
        if (TOKEN.contains(code)) {
            throw ChannelFailure.permanent("channels.error.token");
        }
        if (code == 6 || code == 9 || code == 29) {
            throw ChannelFailure.rateLimited(code == 6 ? Duration.ofSeconds(1) : null);
        }
        if (LATER.contains(code)) {
            throw ChannelFailure.temporary("channels.error.server", code);
        }
        throw ChannelFailure.permanent(
                "channels.error.refused", code, error.path("error_msg").asString(""));
    }
}
