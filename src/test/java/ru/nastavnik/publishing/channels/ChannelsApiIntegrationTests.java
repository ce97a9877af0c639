package ru.nastavnik.publishing.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationManagement;

/**
 * The channels in the API: settings with a write-only token (never in an answer), refusals in Russian changing
 * nothing; a news item's posts listed with an ETag (304), a failed one retried, a stale one deleted through the
 * service or marked deleted by hand.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ChannelsApiIntegrationTests {

    @RegisterExtension
    static final FakeChannels fake = new FakeChannels();

    @Autowired
    MockMvc mvc;

    @Autowired
    ChannelsWorld worlds;

    @Autowired
    ChannelDeliveries deliveries;

    @Autowired
    PublicationManagement publications;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void clean() {
        deliveries.deliverDue();
        fake.reset();
    }

    @Test
    void channelSettingsAreSetThroughTheApiAndTheTokenIsNeverReturned() throws Exception {
        ChannelsWorld.World w = worlds.create(false);
        String api = "/api/v1/organisations/" + w.school() + "/channels";

        String saved = mvc.perform(put(api + "/telegram")
                        .with(user(w.curator()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enabled\":true,\"target\":\"@school_news\",\"token\":\"" + ChannelsWorld.BOT_TOKEN
                                + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("TELEGRAM"))
                .andExpect(jsonPath("$.target").value("@school_news"))
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.tokenSet").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(saved).doesNotContain(ChannelsWorld.BOT_TOKEN).doesNotContain("AAH-test");
        byte[] secret = jdbc.queryForObject(
                "select secret from publishing_channel where organisation_id = ? and kind = 'TELEGRAM'",
                byte[].class,
                w.school().value());
        assertThat(new String(secret, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("AAH-test");

        // a blank token keeps the saved one; a malformed one is refused in Russian and changes nothing
        mvc.perform(put(api + "/telegram")
                        .with(user(w.curator()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enabled\":false,\"target\":\"@school_news\",\"token\":\"\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false))
                .andExpect(jsonPath("$.tokenSet").value(true));
        String refused = mvc.perform(put(api + "/telegram")
                        .with(user(w.curator()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enabled\":true,\"target\":\"@school_news\",\"token\":\"not-a-token\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("token"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Токен").doesNotContain("not-a-token");
        assertThat(jdbc.queryForObject(
                        "select enabled from publishing_channel where organisation_id = ? and kind = 'TELEGRAM'",
                        Boolean.class,
                        w.school().value()))
                .isFalse();
        mvc.perform(put(api + "/vk")
                        .with(user(w.curator()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"enabled\":true,\"target\":\"club1\",\"token\":\"" + ChannelsWorld.VK_TOKEN + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("target"));
        mvc.perform(put(api + "/max")
                        .with(user(w.curator()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enabled\":true,\"target\":\"@school_news\",\"token\":\"\"}"))
                .andExpect(status().isNotFound());

        String list = mvc.perform(get(api).with(user(w.curator())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("TELEGRAM"))
                .andExpect(jsonPath("$[1].kind").value("VK"))
                .andExpect(jsonPath("$[1].configured").value(false))
                .andExpect(header().exists("ETag"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).doesNotContain("AAH-test").doesNotContain("secret").doesNotContain("\"token\"");

        mvc.perform(delete(api + "/telegram").with(user(w.curator()))).andExpect(status().isNoContent());
        assertThat(jdbc.queryForObject(
                        "select count(*) from publishing_channel where organisation_id = ?",
                        Integer.class,
                        w.school().value()))
                .isZero();
    }

    @Test
    void aNewsItemsPostsAreListedRetriedAndDeletedThroughTheApi() throws Exception {
        ChannelsWorld.World w = worlds.create(true);
        fake.script(
                "sendMessage",
                new FakeChannels.Answer(401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}", 0));
        PublicationId id = worlds.published(w, "Новость для API");
        deliveries.deliverDue();
        String api = "/api/v1/organisations/" + w.school() + "/publications/" + id + "/deliveries";
        String telegram = jdbc.queryForObject(
                "select id::text from publishing_outbox where publication_id = ? and kind = 'TELEGRAM'",
                String.class,
                id.value());
        String vk = jdbc.queryForObject(
                "select id::text from publishing_outbox where publication_id = ? and kind = 'VK'",
                String.class,
                id.value());

        String etag = mvc.perform(get(api).with(user(w.curator())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(telegram))
                .andExpect(jsonPath("$[0].publication").value(id.toString()))
                .andExpect(jsonPath("$[0].status").value("FAILED"))
                .andExpect(jsonPath("$[0].error")
                        .value("Сервис отклонил токен: проверьте токен и права бота или ключа в настройках канала."))
                .andExpect(jsonPath("$[1].status").value("SENT"))
                .andExpect(jsonPath("$[1].link").value("https://vk.com/wall-123456_55"))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        mvc.perform(get(api).with(user(w.curator())).header("If-None-Match", etag))
                .andExpect(status().isNotModified());

        // only a failed post is retried; a sent one is refused in Russian
        mvc.perform(post(api + "/" + vk + "/retry").with(user(w.curator())))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(api + "/" + telegram + "/retry").with(user(w.curator())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.attempts").value(0));
        mvc.perform(get(api).with(user(w.curator())).header("If-None-Match", etag))
                .andExpect(status().isOk());
        deliveries.deliverDue();
        assertThat(fake.requests().stream()
                        .filter(r -> r.path().endsWith("/sendMessage"))
                        .count())
                .isEqualTo(2);

        // unpublished: both posts are stale; one deleted through the service, the other marked deleted by hand
        publications.unpublish(w.curator(), w.school(), id);
        mvc.perform(get(api).with(user(w.curator())))
                .andExpect(jsonPath("$[0].stale").value("UNPUBLISHED"))
                .andExpect(jsonPath("$[1].stale").value("UNPUBLISHED"));
        mvc.perform(post(api + "/" + vk + "/delete-post").with(user(w.curator())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REMOVED"));
        assertThat(fake.requests().get(fake.requests().size() - 1).form())
                .containsEntry("owner_id", "-123456")
                .containsEntry("post_id", "55");
        mvc.perform(post(api + "/" + telegram + "/mark-deleted").with(user(w.curator())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REMOVED"));
        mvc.perform(post(api + "/" + telegram + "/mark-deleted").with(user(w.curator())))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(api + "/not-an-id/retry").with(user(w.curator()))).andExpect(status().isNotFound());
        assertThat(jdbc.queryForList(
                        "select status from publishing_outbox where publication_id = ?", String.class, id.value()))
                .containsOnly("REMOVED");
        assertThat(fake.requests()).noneMatch(r -> r.path().endsWith("/deleteMessage"));
        List<String> sends = fake.requests().stream()
                .map(FakeChannels.Request::path)
                .filter(p -> p.endsWith("/wall.post"))
                .toList();
        assertThat(sends).hasSize(1);
    }
}
