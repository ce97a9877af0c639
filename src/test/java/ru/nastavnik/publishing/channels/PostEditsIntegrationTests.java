package ru.nastavnik.publishing.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.publishing.internal.PublicationDraft;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationManagement;

/**
 * An edit to an item already posted updates each post once through the outbox — editMessageText (editMessageCaption
 * for a photo post) and wall.edit, checked by method, path and body against the fake services — with the same
 * retries and back-off as sending; a post not yet sent or stale is not edited.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PostEditsIntegrationTests {

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
    void anEditedItemUpdatesEachSentPostOnceWithItsCurrentText() {
        ChannelsWorld.World w = worlds.create(true);
        PublicationId id = worlds.published(w, "Семинар наставников");
        deliveries.deliverDue();
        fake.reset();

        edit(w, id, "Черновая правка", "<p>Первая правка.</p>");
        edit(w, id, "Семинар наставников: итоги", "<p>Решено провести <b>второй</b> семинар.</p><script>x()</script>");
        assertThat(rows(id)).allSatisfy(r -> assertThat(r.get("edit_due_at")).isNotNull());

        assertThat(edits.editDue()).isEqualTo(2);
        assertThat(edits.editDue()).isZero();

        String text =
                "Семинар наставников: итоги\n\nРешено провести второй семинар.\n\nПодробнее: http://localhost:8080/o/"
                        + w.slug() + "/nastavnichestvo/news/" + id;
        List<FakeChannels.Request> requests = fake.requests();
        assertThat(requests)
                .extracting(r -> r.method() + " " + r.path())
                .containsExactlyInAnyOrder(
                        "POST /telegram/bot" + ChannelsWorld.BOT_TOKEN + "/editMessageText",
                        "POST /vk/method/wall.edit");
        assertThat(request("editMessageText").form())
                .containsExactly(
                        Map.entry("chat_id", "@school_channel"),
                        Map.entry("message_id", "777"),
                        Map.entry("text", text));
        assertThat(request("wall.edit").form())
                .containsEntry("access_token", ChannelsWorld.VK_TOKEN)
                .containsEntry("owner_id", "-123456")
                .containsEntry("post_id", "55")
                .containsEntry("message", text)
                .doesNotContainKey("attachments")
                .doesNotContainKey("guid");
        assertThat(rows(id)).allSatisfy(r -> {
            assertThat(r.get("edit_due_at")).isNull();
            assertThat(r.get("edited_at")).isNotNull();
            assertThat(r.get("status")).isEqualTo("SENT");
        });
        assertThat(fake.requests().stream()
                        .filter(r -> r.path().contains("send") || r.path().endsWith("wall.post")))
                .isEmpty();
    }

    @Test
    void aFailedUpdateIsRetriedWithTheBackOffAndTheServicesWishThenMadeOnce() {
        ChannelsWorld.World w = worlds.create(true);
        PublicationId id = worlds.published(w, "Круглый стол");
        deliveries.deliverDue();
        fake.reset();
        fake.script(
                "editMessageText",
                new FakeChannels.Answer(500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal\"}", 0),
                new FakeChannels.Answer(
                        429,
                        "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 30\",\"parameters\":{\"retry_after\":30}}",
                        0));
        fake.script(
                "wall.edit",
                new FakeChannels.Answer(
                        200,
                        "{\"error\":{\"error_code\":15,\"error_msg\":\"Access denied: can't edit this post\"}}",
                        0));
        edit(w, id, "Круглый стол: решения", "<p>Решения приняты.</p>");

        Instant before = Instant.now();
        assertThat(edits.editDue()).isZero();
        Map<String, Object> telegram = row(id, "TELEGRAM");
        assertThat(telegram.get("edit_attempts")).isEqualTo(1);
        assertThat(telegram.get("edit_error")).isEqualTo("Сервис ответил ошибкой (код 500); повторим позже.");
        assertThat(at(telegram, "edit_due_at"))
                .isBetween(before.plus(Duration.ofSeconds(55)), Instant.now().plus(Duration.ofSeconds(65)));
        // VK refuses for good: the post keeps its text, the curator sees why
        Map<String, Object> vk = row(id, "VK");
        assertThat(vk.get("edit_due_at")).isNull();
        assertThat((String) vk.get("edit_error")).contains("Access denied: can't edit this post");
        assertThat(edits.editDue()).isZero();
        assertThat(fake.requests()).hasSize(2);

        makeEditDue(id);
        before = Instant.now();
        edits.editDue();
        telegram = row(id, "TELEGRAM");
        assertThat(telegram.get("edit_attempts")).isEqualTo(2);
        assertThat(at(telegram, "edit_due_at"))
                .isBetween(before.plus(Duration.ofSeconds(29)), Instant.now().plus(Duration.ofSeconds(31)));

        makeEditDue(id);
        assertThat(edits.editDue()).isEqualTo(1);
        assertThat(edits.editDue()).isZero();
        assertThat(row(id, "TELEGRAM").get("edit_due_at")).isNull();
        assertThat(row(id, "TELEGRAM").get("edit_error")).isNull();
        assertThat(fake.requests().stream()
                        .filter(r -> r.path().endsWith("/editMessageText"))
                        .count())
                .isEqualTo(3);
        assertThat(fake.requests().stream()
                        .filter(r -> r.path().endsWith("/wall.edit"))
                        .count())
                .isEqualTo(1);
    }

    @Test
    void aPhotoPostHasItsCaptionEditedAndKeepsItsPhotoOnVk() {
        ChannelsWorld.World w = worlds.create(true);
        PublicationId id = worlds.draft(w, "С фото", "<p>Наставники школы.</p>", List.of());
        photos.upload(w.curator(), id, new java.io.ByteArrayInputStream(TestImages.png(80, 60)), "a.png");
        publications.publish(w.curator(), w.school(), id);
        deliveries.deliverDue();
        fake.reset();

        edit(w, id, "С фото: дополнено", "<p>Наставники и молодые учителя.</p>");
        assertThat(edits.editDue()).isEqualTo(2);

        String caption = "С фото: дополнено\n\nНаставники и молодые учителя.\n\nПодробнее: http://localhost:8080/o/"
                + w.slug() + "/nastavnichestvo/news/" + id;
        assertThat(request("editMessageCaption").path())
                .isEqualTo("/telegram/bot" + ChannelsWorld.BOT_TOKEN + "/editMessageCaption");
        assertThat(request("editMessageCaption").form())
                .containsEntry("message_id", "777")
                .containsEntry("caption", caption);
        assertThat(request("wall.edit").form())
                .containsEntry("attachments", "photo-123456_99")
                .containsEntry("message", caption);
        assertThat(fake.requests())
                .noneMatch(
                        r -> r.path().endsWith("/editMessageText") || r.path().contains("upload"));
    }

    @Test
    void telegramsMessageIsNotModifiedCountsAsDoneAndIsNotRetried() {
        ChannelsWorld.World w = worlds.create(true);
        PublicationId id = worlds.published(w, "Без изменений в тексте");
        deliveries.deliverDue();
        fake.reset();
        fake.script(
                "editMessageText",
                new FakeChannels.Answer(
                        400,
                        "{\"ok\":false,\"error_code\":400,\"description\":"
                                + "\"Bad Request: message is not modified: specified new message content and reply markup are exactly the same\"}",
                        0));
        edit(w, id, "Без изменений в тексте", "<p>Семинар наставников «Первый год» прошёл в актовом зале.</p>");

        assertThat(edits.editDue()).isEqualTo(2);
        assertThat(row(id, "TELEGRAM").get("edit_due_at")).isNull();
        assertThat(row(id, "TELEGRAM").get("edit_error")).isNull();
        makeEditDue(id);
        assertThat(edits.editDue()).isZero();
        assertThat(fake.requests().stream()
                        .filter(r -> r.path().endsWith("/editMessageText"))
                        .count())
                .isEqualTo(1);
    }

    @Test
    void aPostNotYetSentOrStaleIsNotEdited() {
        ChannelsWorld.World w = worlds.create(true);
        PublicationId pending = worlds.published(w, "Ещё не отправлена");
        edit(w, pending, "Ещё не отправлена, исправлено", "<p>Исправленный текст.</p>");
        assertThat(rows(pending))
                .allSatisfy(r -> assertThat(r.get("edit_due_at")).isNull());
        deliveries.deliverDue();
        assertThat(request("sendMessage").form().get("text"))
                .startsWith("Ещё не отправлена, исправлено\n\nИсправленный текст.");

        PublicationId withdrawn = worlds.published(w, "Снята");
        deliveries.deliverDue();
        publications.unpublish(w.curator(), w.school(), withdrawn);
        edit(w, withdrawn, "Снята, исправлено", "<p>x</p>");
        fake.reset();
        assertThat(edits.editDue()).isZero();
        assertThat(rows(withdrawn))
                .allSatisfy(r -> assertThat(r.get("edit_due_at")).isNull());
        assertThat(fake.requests()).isEmpty();
    }

    private void edit(ChannelsWorld.World w, PublicationId id, String title, String body) {
        long version = publications.get(w.curator(), w.school(), id).version();
        publications.update(w.curator(), w.school(), id, new PublicationDraft(title, body, List.of()), version);
    }

    private FakeChannels.Request request(String method) {
        return fake.requests().stream()
                .filter(r -> r.path().endsWith("/" + method))
                .findFirst()
                .orElseThrow();
    }

    private void makeEditDue(PublicationId id) {
        jdbc.update(
                "update publishing_outbox set edit_due_at = now() - interval '1 second' where publication_id = ? and edit_due_at is not null",
                id.value());
    }

    private static Instant at(Map<String, Object> row, String column) {
        return ((java.sql.Timestamp) row.get(column)).toInstant();
    }

    private Map<String, Object> row(PublicationId id, String kind) {
        return rows(id).stream()
                .filter(r -> kind.equals(r.get("kind")))
                .findFirst()
                .orElseThrow();
    }

    private List<Map<String, Object>> rows(PublicationId id) {
        return jdbc.queryForList("select * from publishing_outbox where publication_id = ? order by kind", id.value());
    }
}
