package ru.nastavnik.publishing.channels;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * A document on a VK community's wall: docs.getWallUploadServer (group_id) → upload the file → docs.save → wall.post
 * with {@code attachments=doc{owner_id}_{id}} and the {@code guid} of the outbox row, so that VK refuses a second post
 * of the same delivery (a repeated attempt may leave an unused copy among the community's documents, never two posts).
 * The upload, the call and the wall post are {@link VkClient}'s, as for a news photo.
 */
@Component
class VkDocuments implements DocumentClient {

    /** VK takes documents of at most 200 MB. */
    static final long LIMIT = 200L * 1024 * 1024;

    private final VkClient vk;

    VkDocuments(VkClient vk) {
        this.vk = vk;
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
        JsonNode uploaded = vk.upload(channel, "docs", "file", post.photo());
        Map<String, String> save = VkClient.fields(channel);
        save.put("file", uploaded.path("file").asString());
        save.put("title", post.photo().fileName());
        JsonNode doc = vk.call("docs.save", save).path("response").path("doc");
        String attachment =
                "doc" + doc.path("owner_id").asString() + "_" + doc.path("id").asString();
        return vk.wallPost(channel, post, delivery, attachment);
    }
}
