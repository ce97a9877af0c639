package ru.nastavnik.publishing.channels;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * A document on a VK community's wall: docs.getWallUploadServer (group_id) → upload the file → docs.save → wall.post
 * with {@code attachments=doc{owner_id}_{id}} and the {@code guid} of the outbox row, so that VK refuses a second post
 * of the same delivery (a repeated attempt may leave an unused copy among the community's documents, never two posts).
 */
@Component
class VkDocuments implements DocumentClient {

    /** VK takes documents of at most 200 MB. */
    static final long LIMIT = 200L * 1024 * 1024;

    private final ChannelHttp http;
    private final String base;

    VkDocuments(ChannelHttp http, @Value("${nastavnik.publishing.vk.base-url:https://api.vk.com}") String base) {
        this.http = http;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.VK;
    }

    @Override
    public long limit() {
        return LIMIT;
    }

    @Override
    public ChannelClient.Sent send(Channel channel, Post post, UUID delivery) {
        Map<String, String> server = fields(channel);
        server.put("group_id", channel.target());
        String uploadUrl = call("docs.getWallUploadServer", server)
                .path("response")
                .path("upload_url")
                .asString();
        JsonNode uploaded = VkClient.checked(http.multipart(URI.create(uploadUrl), Map.of(), "file", post.photo()));
        Map<String, String> save = fields(channel);
        save.put("file", uploaded.path("file").asString());
        save.put("title", post.photo().fileName());
        JsonNode doc = call("docs.save", save).path("response").path("doc");
        String attachment =
                "doc" + doc.path("owner_id").asString() + "_" + doc.path("id").asString();
        Map<String, String> wall = fields(channel);
        wall.put("owner_id", "-" + channel.target());
        wall.put("from_group", "1");
        wall.put("message", post.fitted(VkClient.TEXT_LIMIT));
        wall.put("attachments", attachment);
        wall.put("guid", delivery.toString());
        String id = call("wall.post", wall).path("response").path("post_id").asString();
        return new ChannelClient.Sent(
                "-" + channel.target(), id, "https://vk.com/wall-" + channel.target() + "_" + id, attachment);
    }

    private JsonNode call(String method, Map<String, String> fields) {
        return VkClient.checked(http.form(URI.create(base + "/method/" + method), fields));
    }

    private static Map<String, String> fields(Channel channel) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("access_token", channel.token());
        fields.put("v", VkClient.VERSION);
        return fields;
    }
}
