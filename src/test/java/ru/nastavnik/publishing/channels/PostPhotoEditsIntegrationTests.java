package ru.nastavnik.publishing.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationManagement;
import ru.nastavnik.publishing.internal.RevisionView;

/**
 * A photo added to, replaced on or taken off an item already posted reaches each post once: Telegram editMessageMedia
 * (a new photo, or one added to a text post), or — the Bot API cannot take a photo off — the post deleted and sent
 * again as text; VK wall.edit with the newly uploaded attachment, or without one. The item's version (its public
 * ETag) moves on and the change is kept as a revision. A photo that is not the first leaves the posts' pictures alone.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PostPhotoEditsIntegrationTests {

    @RegisterExtension
    static final FakeChannels fake = new FakeChannels();

    @Autowired
    ChannelsWorld worlds;

    @Autowired
    ChannelDeliveries deliveries;

    @Autowired
    PostEdits edits;

    @Autowired
    PublicationManagement publications;

    @Autowired
    PublicationPhotos photos;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void clean() {
        deliveries.deliverDue();
        edits.editDue();
        fake.reset();
    }

    @Test
    void aPhotoAddedToAPostedTextItemReachesEachPostOnceAndTheItemsVersionMovesOn() {
        ChannelsWorld.World w = worlds.create(true);
        PublicationId id = worlds.published(w, "Семинар наставников");
        deliveries.deliverDue();
        fake.reset();
        long before = publications.get(w.curator(), w.school(), id).version();

        PhotoView photo = upload(w, id, 80, 60);
        assertThat(publications.get(w.curator(), w.school(), id).version()).isEqualTo(before + 1);
        assertThat(publications.history(w.curator(), w.school(), id))
                .extracting(RevisionView::action)
                .contains("PHOTO_ADDED");
        fake.script(
                "editMessageMedia",
                new FakeChannels.Answer(502, "{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}", 0));

        assertThat(edits.editDue()).isEqualTo(1);
        assertThat(row(id, "TELEGRAM").get("edit_error"))
                .isEqualTo("Сервис ответил ошибкой (код 502); повторим позже.");
        makeEditDue(id);
        assertThat(edits.editDue()).isEqualTo(1);
        assertThat(edits.editDue()).isZero();

        String caption = "Семинар наставников\n\nСеминар наставников «Первый год» прошёл в актовом зале.\n\nПодробнее: "
                + "http://localhost:8080/o/" + w.slug() + "/nastavnichestvo/news/" + id;
        List<FakeChannels.Request> media = calls("editMessageMedia");
        assertThat(media).hasSize(2);
        assertThat(media.get(1).path()).isEqualTo("/telegram/bot" + ChannelsWorld.BOT_TOKEN + "/editMessageMedia");
        assertThat(media.get(1).multipart())
                .containsEntry("chat_id", "@school_channel")
                .containsEntry("message_id", "777")
                .containsEntry(
                        "media",
                        "{\"type\":\"photo\",\"media\":\"attach://photo\",\"caption\":\"" + caption.replace("\n", "\\n")
                                + "\"}")
                .containsEntry("photo.filename", "photo.png");
        assertThat(fake.requests().stream()
                        .filter(r -> r.path().startsWith("/vk"))
                        .map(FakeChannels.Request::path)
                        .toList())
                .containsExactly(
                        "/vk/method/photos.getWallUploadServer",
                        "/vk-upload/upload",
                        "/vk/method/photos.saveWallPhoto",
                        "/vk/method/wall.edit");
        assertThat(calls("wall.edit").get(0).form())
                .containsEntry("post_id", "55")
                .containsEntry("attachments", "photo-123456_99")
                .containsEntry("message", caption);
        assertThat(fake.requests())
                .noneMatch(r -> r.path().endsWith("/sendMessage")
                        || r.path().endsWith("/sendPhoto")
                        || r.path().endsWith("/wall.post")
                        || r.path().endsWith("/editMessageText"));
        assertThat(row(id, "TELEGRAM"))
                .containsEntry("remote_media", "photo")
                .containsEntry("remote_photo", photo.id())
                .containsEntry("remote_id", "777");
        assertThat(row(id, "VK"))
                .containsEntry("remote_media", "photo-123456_99")
                .containsEntry("remote_photo", photo.id());
    }

    @Test
    void aSecondPhotoLeavesThePicturesAloneAndTakingTheFirstOffShowsTheNextOne() {
        ChannelsWorld.World w = worlds.create(true);
        PublicationId id = worlds.draft(w, "С фото", "<p>Наставники школы.</p>", List.of());
        PhotoView first = upload(w, id, 80, 60);
        publications.publish(w.curator(), w.school(), id);
        deliveries.deliverDue();
        fake.reset();

        PhotoView second = upload(w, id, 90, 60);
        assertThat(edits.editDue()).isEqualTo(2);
        assertThat(fake.requests())
                .extracting(FakeChannels.Request::path)
                .containsExactlyInAnyOrder(
                        "/telegram/bot" + ChannelsWorld.BOT_TOKEN + "/editMessageCaption", "/vk/method/wall.edit");
        assertThat(calls("wall.edit").get(0).form()).containsEntry("attachments", "photo-123456_99");
        fake.reset();

        fake.script(
                "photos.saveWallPhoto",
                new FakeChannels.Answer(200, "{\"response\":[{\"id\":100,\"owner_id\":-123456}]}", 0));
        photos.delete(w.curator(), id, first.id());
        assertThat(edits.editDue()).isEqualTo(2);
        assertThat(edits.editDue()).isZero();
        assertThat(calls("editMessageMedia"))
                .singleElement()
                .satisfies(r -> assertThat(r.multipart())
                        .containsEntry("message_id", "777")
                        .containsEntry("photo.filename", "photo.png"));
        assertThat(calls("wall.edit"))
                .singleElement()
                .satisfies(r -> assertThat(r.form()).containsEntry("attachments", "photo-123456_100"));
        assertThat(row(id, "TELEGRAM")).containsEntry("remote_photo", second.id());
        assertThat(row(id, "VK"))
                .containsEntry("remote_photo", second.id())
                .containsEntry("remote_media", "photo-123456_100");
    }

    @Test
    void thePhotoTakenOffReplacesTheTelegramPostWithTextAndLeavesTheVkPostWithoutIt() {
        ChannelsWorld.World w = worlds.create(true);
        PublicationId id = worlds.draft(w, "С фото", "<p>Наставники школы.</p>", List.of());
        PhotoView photo = upload(w, id, 80, 60);
        publications.publish(w.curator(), w.school(), id);
        deliveries.deliverDue();
        fake.reset();
        fake.script(
                "sendMessage",
                new FakeChannels.Answer(500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal\"}", 0),
                new FakeChannels.Answer(200, "{\"ok\":true,\"result\":{\"message_id\":801}}", 0));
        fake.script(
                "deleteMessage",
                new FakeChannels.Answer(200, "{\"ok\":true,\"result\":true}", 0),
                new FakeChannels.Answer(
                        400,
                        "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: message to delete not found\"}",
                        0));

        photos.delete(w.curator(), id, photo.id());
        // the old post is deleted, the text post fails: retried later, and the second delete finds it gone
        assertThat(edits.editDue()).isEqualTo(1);
        makeEditDue(id);
        assertThat(edits.editDue()).isEqualTo(1);
        assertThat(edits.editDue()).isZero();

        String text = "С фото\n\nНаставники школы.\n\nПодробнее: http://localhost:8080/o/" + w.slug()
                + "/nastavnichestvo/news/" + id;
        assertThat(fake.requests().stream()
                        .filter(r -> r.path().startsWith("/telegram"))
                        .map(r -> r.path().substring(r.path().lastIndexOf('/') + 1))
                        .toList())
                .containsExactly("deleteMessage", "sendMessage", "deleteMessage", "sendMessage");
        assertThat(calls("deleteMessage")).allSatisfy(r -> assertThat(r.form()).containsEntry("message_id", "777"));
        assertThat(calls("sendMessage").get(1).form())
                .containsEntry("chat_id", "@school_channel")
                .containsEntry("text", text);
        Map<String, Object> telegram = row(id, "TELEGRAM");
        assertThat(telegram)
                .containsEntry("remote_id", "801")
                .containsEntry("remote_link", "https://t.me/school_channel/801")
                .containsEntry("remote_media", null)
                .containsEntry("remote_photo", null)
                .containsEntry("edit_error", null)
                .containsEntry("stale", null)
                .containsEntry("status", "SENT");
        assertThat(calls("wall.edit"))
                .singleElement()
                .satisfies(r ->
                        assertThat(r.form()).doesNotContainKey("attachments").containsEntry("message", text));
        assertThat(row(id, "VK")).containsEntry("remote_media", null).containsEntry("remote_photo", null);
        assertThat(fake.requests())
                .noneMatch(r -> r.path().contains("upload") || r.path().endsWith("/wall.post"));
    }

    @Test
    void aPostTelegramWillNotDeleteIsListedForTheCuratorToDeleteByItsLink() {
        ChannelsWorld.World w = worlds.create(true);
        PublicationId id = worlds.draft(w, "Старый пост", "<p>Наставники школы.</p>", List.of());
        PhotoView photo = upload(w, id, 80, 60);
        publications.publish(w.curator(), w.school(), id);
        deliveries.deliverDue();
        fake.reset();
        fake.script(
                "deleteMessage",
                new FakeChannels.Answer(
                        400,
                        "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: message can't be deleted\"}",
                        0));

        photos.delete(w.curator(), id, photo.id());
        assertThat(edits.editDue()).isEqualTo(1);
        makeEditDue(id);
        assertThat(edits.editDue()).isZero();

        assertThat(row(id, "TELEGRAM"))
                .containsEntry("stale", "PHOTO_REMOVED")
                .containsEntry("remote_id", "777")
                .containsEntry("edit_due_at", null)
                .containsEntry(
                        "edit_error",
                        "Telegram не даёт убрать фото из поста (бот может удалять только недавние сообщения): удалите пост по ссылке.");
        assertThat(calls("sendMessage")).isEmpty();
        assertThat(calls("deleteMessage")).hasSize(1);
    }

    private PhotoView upload(ChannelsWorld.World w, PublicationId id, int width, int height) {
        return photos.upload(w.curator(), id, new ByteArrayInputStream(TestImages.png(width, height)), "a.png");
    }

    private List<FakeChannels.Request> calls(String method) {
        return fake.requests().stream()
                .filter(r -> r.path().endsWith("/" + method))
                .toList();
    }

    private void makeEditDue(PublicationId id) {
        jdbc.update(
                "update publishing_outbox set edit_due_at = now() - interval '1 second' where publication_id = ? and edit_due_at is not null",
                id.value());
    }

    private Map<String, Object> row(PublicationId id, String kind) {
        return jdbc.queryForList(
                        "select * from publishing_outbox where publication_id = ? and kind = ?", id.value(), kind)
                .get(0);
    }
}
