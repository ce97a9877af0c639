package ru.nastavnik.publishing.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationManagement;
import ru.nastavnik.shared.web.Flash;

/** The channel settings page (write-only tokens, format checks, audit) and news photos from upload to public page. */
@SpringBootTest
@AutoConfigureMockMvc
class ChannelsWebIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ChannelsWorld worlds;

    @Autowired
    ChannelSettings settings;

    @Autowired
    PublicationManagement publications;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTokenIsSavedEncryptedNeverShownBackKeptWhenLeftBlankAndEveryChangeIsAudited() throws Exception {
        ChannelsWorld.World w = worlds.create(false);
        String url = "/publishing/channels/telegram?organisation=" + w.school();

        mvc.perform(post(url)
                        .param("target", "@school_channel")
                        .param("token", "not-a-token")
                        .param("enabled", "true")
                        .with(user(w.curator()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(((Flash) r.getFlashMap().get("flashError")).key())
                        .isEqualTo("channels.token.invalid.TELEGRAM"));
        assertThat(settings.of(w.curator(), w.school()).get(0).configured()).isFalse();

        mvc.perform(post(url)
                        .param("target", "@school_channel")
                        .param("token", ChannelsWorld.BOT_TOKEN)
                        .param("enabled", "true")
                        .with(user(w.curator()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/publishing/channels")
                        .param("organisation", w.school().toString())
                        .with(user(w.curator())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("@school_channel")
                .doesNotContain(ChannelsWorld.BOT_TOKEN)
                .doesNotContain("AAH-test_token");
        byte[] stored = jdbc.queryForObject(
                "select secret from publishing_channel where organisation_id = ?",
                byte[].class,
                w.school().value());
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("AAH-test_token");

        mvc.perform(post(url)
                        .param("target", "-1001234567890")
                        .param("token", "")
                        .param("enabled", "true")
                        .with(user(w.curator()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(settings.active(w.school(), ChannelKind.TELEGRAM))
                .get()
                .isEqualTo(new Channel(ChannelKind.TELEGRAM, "-1001234567890", ChannelsWorld.BOT_TOKEN));

        mvc.perform(post(url)
                        .param("target", "https://t.me/school")
                        .param("token", "")
                        .with(user(w.curator()))
                        .with(csrf()))
                .andExpect(r -> assertThat(((Flash) r.getFlashMap().get("flashError")).key())
                        .isEqualTo("channels.target.invalid.TELEGRAM"));
        assertThat(settings.active(w.school(), ChannelKind.TELEGRAM))
                .get()
                .extracting(Channel::target)
                .isEqualTo("-1001234567890");

        List<String> audited = jdbc.queryForList(
                "select details from audit_entry where organisation_id = ? and subject_type = 'PublishingChannel' order by id",
                String.class,
                w.school().value());
        assertThat(audited)
                .containsExactly(
                        "канал TELEGRAM: адрес @school_channel, включён, токен заменён",
                        "канал TELEGRAM: адрес -1001234567890, включён");
    }

    @Test
    void anUploadedPhotoIsStrippedShownOnThePublicItemWhilePublishedAndANonImageIsRefused() throws Exception {
        ChannelsWorld.World w = worlds.create(false);
        PublicationId id = worlds.draft(w, "С фотографией", "<p>Текст</p>", List.of());
        String photos = "/publishing/channels/publications/" + id + "/photos";

        mvc.perform(multipart(photos)
                        .file(new MockMultipartFile(
                                "file", "photo.jpg", "image/jpeg", "просто текст".getBytes(StandardCharsets.UTF_8)))
                        .with(user(w.curator()))
                        .with(csrf()))
                .andExpect(r -> assertThat(((Flash) r.getFlashMap().get("flashError")).key())
                        .isEqualTo("channels.photo.notImage"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from publication_photo where publication_id = ?", Integer.class, id.value()))
                .isZero();

        mvc.perform(multipart(photos)
                        .file(new MockMultipartFile(
                                "file", "IMG_0001.jpg", "image/jpeg", TestImages.jpegWithGps(2400, 1800)))
                        .with(user(w.curator()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/publishing/channels/publications/" + id));
        String photo = jdbc.queryForObject(
                "select id::text from publication_photo where publication_id = ?", String.class, id.value());
        String photoUrl = "/o/" + w.slug() + "/nastavnichestvo/news/" + id + "/photos/" + photo;
        mvc.perform(get(photoUrl)).andExpect(status().isNotFound());

        publications.publish(w.curator(), w.school(), id);
        String item = mvc.perform(get("/o/" + w.slug() + "/nastavnichestvo/news/" + id))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(item)
                .contains("src=\"" + photoUrl + "\"")
                .contains("width=\"1600\"")
                .contains("height=\"1200\"");
        byte[] served = mvc.perform(get(photoUrl))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(TestImages.contains(served, "Exif".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(served))
                        .getWidth())
                .isEqualTo(1600);

        publications.unpublish(w.curator(), w.school(), id);
        mvc.perform(get(photoUrl)).andExpect(status().isNotFound());
    }

    @Test
    void thePublicationsChannelsPageShowsEachChannelsStatusLinkErrorAndWhatCanBeDone() throws Exception {
        ChannelsWorld.World w = worlds.create(true);
        PublicationId id = worlds.published(w, "Состояния отправки");
        jdbc.update(
                "update publishing_outbox set status = 'FAILED', attempts = 1, error = 'Сервис отклонил токен.' where publication_id = ? and kind = 'TELEGRAM'",
                id.value());
        jdbc.update(
                "update publishing_outbox set status = 'SENT', attempts = 1, remote_chat = '-123456', remote_id = '55', remote_link = 'https://vk.com/wall-123456_55', sent_at = now(), stale = 'UNPUBLISHED' where publication_id = ? and kind = 'VK'",
                id.value());

        String page = mvc.perform(get("/publishing/channels/publications/" + id).with(user(w.curator())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("Не отправлено")
                .contains("Сервис отклонил токен.")
                .contains("/publishing/channels/publications/" + id + "/deliveries/")
                .contains("Повторить")
                .contains("Отправлено")
                .contains("href=\"https://vk.com/wall-123456_55\"")
                .contains("Новость снята с публикации — удалите пост")
                .contains("Удалить пост")
                .contains("Удалила вручную");
        String rows = "action=\"/publishing/channels/publications/" + id + "/deliveries/";
        UUID telegram = jdbc.queryForObject(
                "select id from publishing_outbox where publication_id = ? and kind = 'TELEGRAM'",
                UUID.class,
                id.value());
        UUID vk = jdbc.queryForObject(
                "select id from publishing_outbox where publication_id = ? and kind = 'VK'", UUID.class, id.value());
        assertThat(page)
                .contains(rows + telegram + "/retry\"")
                .contains(rows + vk + "/delete\"")
                .contains(rows + vk + "/mark-deleted\"")
                .doesNotContain(telegram + "/delete")
                .doesNotContain(vk + "/retry");
        String detail = mvc.perform(get("/publishing/publications/" + id).with(user(w.curator())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(detail).contains("href=\"/publishing/channels/publications/" + id + "\"");
    }
}
