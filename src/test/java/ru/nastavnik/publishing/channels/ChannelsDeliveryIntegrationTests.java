package ru.nastavnik.publishing.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.Listeners;
import ru.nastavnik.consent.ConsentId;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationManagement;
import ru.nastavnik.publishing.internal.PublicationStatus;

/**
 * The outbox against a local fake Telegram and VK: what each request carries, exactly one post per channel through
 * failures, 429s and timeouts, the publishing transaction's rollback taking its outbox rows with it, stale posts
 * after unpublishing deleted through the APIs, and the consent rule applied at the moment of sending.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ChannelsDeliveryIntegrationTests {

    @RegisterExtension
    static final FakeChannels fake = new FakeChannels();

    @Autowired
    ChannelsWorld worlds;

    @Autowired
    ChannelDeliveries deliveries;

    @Autowired
    PublicationManagement publications;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Listeners listeners;

    @Autowired
    PublicationPhotos photos;

    @BeforeEach
    void clean() {
        deliveries.deliverDue();
        fake.reset();
    }

    @Test
    void aPublishedItemIsPostedOnceToEachChannelWithTheLinkToItsPublicPage() {
        ChannelsWorld.World w = worlds.create(true);
        PublicationId id = worlds.published(w, "Семинар наставников");
        assertThat(rows(id))
                .extracting(r -> r.get("kind") + ":" + r.get("status"))
                .containsExactly("TELEGRAM:PENDING", "VK:PENDING");

        assertThat(deliveries.deliverDue()).isEqualTo(2);
        assertThat(deliveries.deliverDue()).isZero();

        List<FakeChannels.Request> requests = fake.requests();
        assertThat(requests).hasSize(2);
        String link = "http://localhost:8080/o/" + w.slug() + "/nastavnichestvo/news/" + id;
        FakeChannels.Request telegram = requests.stream()
                .filter(r -> r.path().startsWith("/telegram"))
                .findFirst()
                .orElseThrow();
        assertThat(telegram.method()).isEqualTo("POST");
        assertThat(telegram.path()).isEqualTo("/telegram/bot" + ChannelsWorld.BOT_TOKEN + "/sendMessage");
        assertThat(telegram.form())
                .containsEntry("chat_id", "@school_channel")
                .containsEntry(
                        "text",
                        "Семинар наставников\n\nСеминар наставников «Первый год» прошёл в актовом зале.\n\nПодробнее: "
                                + link);
        FakeChannels.Request vk = requests.stream()
                .filter(r -> r.path().startsWith("/vk"))
                .findFirst()
                .orElseThrow();
        UUID vkRow = (UUID) rows(id).get(1).get("id");
        assertThat(vk.path()).isEqualTo("/vk/method/wall.post");
        assertThat(vk.form())
                .containsEntry("owner_id", "-123456")
                .containsEntry("from_group", "1")
                .containsEntry("access_token", ChannelsWorld.VK_TOKEN)
                .containsEntry("v", "5.199")
                .containsEntry("guid", vkRow.toString());
        assertThat(vk.form().get("message")).endsWith("Подробнее: " + link);

        assertThat(rows(id))
                .extracting(r -> r.get("status") + " " + r.get("remote_link"))
                .containsExactly("SENT https://t.me/school_channel/777", "SENT https://vk.com/wall-123456_55");
    }

    @Test
    void failuresAreRetriedWithGrowingDelaysAndTheServicesWishThenSentExactlyOnce() {
        ChannelsWorld.World w = worlds.create(true);
        fake.script(
                "sendMessage",
                new FakeChannels.Answer(500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal\"}", 0),
                new FakeChannels.Answer(
                        429,
                        "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 30\",\"parameters\":{\"retry_after\":30}}",
                        0),
                new FakeChannels.Answer(200, "slow", 3000));
        fake.script(
                "wall.post",
                new FakeChannels.Answer(200, "{\"error\":{\"error_code\":9,\"error_msg\":\"Flood control\"}}", 0));
        PublicationId id = worlds.published(w, "Круглый стол");

        Instant before = Instant.now();
        deliveries.deliverDue();
        Map<String, Object> telegram = row(id, "TELEGRAM");
        assertThat(telegram.get("status")).isEqualTo("PENDING");
        assertThat(telegram.get("attempts")).isEqualTo(1);
        assertThat(telegram.get("error")).isEqualTo("Сервис ответил ошибкой (код 500); повторим позже.");
        assertThat(next(telegram))
                .isBetween(before.plus(Duration.ofSeconds(55)), Instant.now().plus(Duration.ofSeconds(65)));
        assertThat(row(id, "VK").get("error"))
                .isEqualTo("Сервис просит отправлять реже (ограничение частоты); повторим позже.");

        deliveries.deliverDue();
        assertThat(fake.requests()).hasSize(2);

        makeDue(id);
        before = Instant.now();
        deliveries.deliverDue();
        telegram = row(id, "TELEGRAM");
        assertThat(telegram.get("attempts")).isEqualTo(2);
        assertThat(next(telegram))
                .isBetween(before.plus(Duration.ofSeconds(29)), Instant.now().plus(Duration.ofSeconds(31)));
        assertThat(row(id, "VK").get("status")).isEqualTo("SENT");

        // the service is slower than our timeout (2 s in tests): not known to be sent, so tried again later
        makeDue(id);
        deliveries.deliverDue();
        telegram = row(id, "TELEGRAM");
        assertThat(telegram.get("status")).isEqualTo("PENDING");
        assertThat(telegram.get("error")).isEqualTo("Сервис недоступен или не ответил вовремя; повторим позже.");
        assertThat(next(telegram)).isAfter(Instant.now().plus(Duration.ofMinutes(3)));

        makeDue(id);
        deliveries.deliverDue();
        deliveries.deliverDue();
        makeDue(id);
        deliveries.deliverDue();
        assertThat(row(id, "TELEGRAM").get("status")).isEqualTo("SENT");
        assertThat(row(id, "TELEGRAM").get("attempts")).isEqualTo(4);
        assertThat(fake.requests().stream()
                        .filter(r -> r.path().endsWith("/sendMessage"))
                        .count())
                .isEqualTo(4);
        assertThat(fake.requests().stream()
                        .filter(r -> r.path().endsWith("/wall.post"))
                        .count())
                .isEqualTo(2);
    }

    @Test
    void aRejectedTokenFailsAtOnceKeepsThePostAndTheCuratorRetriesIt() {
        ChannelsWorld.World w = worlds.create(true);
        fake.script(
                "sendMessage",
                new FakeChannels.Answer(401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}", 0));
        PublicationId id = worlds.published(w, "Новость с неверным токеном");
        deliveries.deliverDue();
        Map<String, Object> telegram = row(id, "TELEGRAM");
        assertThat(telegram.get("status")).isEqualTo("FAILED");
        assertThat(telegram.get("error"))
                .isEqualTo("Сервис отклонил токен: проверьте токен и права бота или ключа в настройках канала.");

        deliveries.retry(w.curator(), w.school(), id, (UUID) telegram.get("id"));
        deliveries.deliverDue();
        assertThat(row(id, "TELEGRAM").get("status")).isEqualTo("SENT");
        assertThat(fake.requests().stream()
                        .filter(r -> r.path().endsWith("/sendMessage"))
                        .count())
                .isEqualTo(2);
    }

    @Test
    void aPublishingTransactionThatRollsBackLeavesNoPostAndACommittedOneIsNeverLost() {
        ChannelsWorld.World w = worlds.create(true);
        PublicationId id = worlds.draft(w, "Откат", "<p>Текст</p>", List.of());
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            publications.publish(w.curator(), w.school(), id);
            assertThat(rows(id)).hasSize(2);
            status.setRollbackOnly();
        });
        assertThat(rows(id)).isEmpty();
        assertThat(publications.get(w.curator(), w.school(), id).status()).isEqualTo(PublicationStatus.DRAFT);

        // committed, then "the node died" before any delivery: the rows wait in PostgreSQL for the next run
        publications.publish(w.curator(), w.school(), id);
        assertThat(rows(id)).extracting(r -> r.get("status")).containsOnly("PENDING");
        deliveries.deliverDue();
        assertThat(rows(id)).extracting(r -> r.get("status")).containsOnly("SENT");
    }

    @Test
    void unpublishingMarksSentPostsStaleAndTheyAreDeletedThroughTheApis() {
        ChannelsWorld.World w = worlds.create(true);
        PublicationId id = worlds.published(w, "Будет снята");
        deliveries.deliverDue();
        publications.unpublish(w.curator(), w.school(), id);
        assertThat(rows(id))
                .extracting(r -> r.get("status") + " " + r.get("stale"))
                .containsOnly("SENT UNPUBLISHED");

        fake.reset();
        for (Map<String, Object> row : rows(id)) {
            deliveries.deletePost(w.curator(), w.school(), id, (UUID) row.get("id"));
        }
        assertThat(rows(id)).extracting(r -> r.get("status")).containsOnly("REMOVED");
        FakeChannels.Request telegram = fake.requests().get(0);
        assertThat(telegram.path()).isEqualTo("/telegram/bot" + ChannelsWorld.BOT_TOKEN + "/deleteMessage");
        assertThat(telegram.form()).containsEntry("chat_id", "@school_channel").containsEntry("message_id", "777");
        FakeChannels.Request vk = fake.requests().get(1);
        assertThat(vk.path()).isEqualTo("/vk/method/wall.delete");
        assertThat(vk.form()).containsEntry("owner_id", "-123456").containsEntry("post_id", "55");
    }

    @Test
    void aPendingPostOfAnItemUnpublishedFirstIsNeverSent() {
        ChannelsWorld.World w = worlds.create(true);
        PublicationId id = worlds.published(w, "Снята до отправки");
        publications.unpublish(w.curator(), w.school(), id);
        deliveries.deliverDue();
        assertThat(rows(id)).extracting(r -> r.get("status")).containsOnly("CANCELLED");
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void aNameHiddenAfterWithdrawalIsHiddenInThePostAndSentPostsAreListedForDeletion() {
        ChannelsWorld.World w = worlds.create(true);
        PersonId teacher = worlds.teacher(w, "Соколова");
        ConsentId consent = worlds.consent(w, teacher);
        PublicationId first =
                worlds.draft(w, "Выступление", "<p>Выступила Соколова Ольга Петровна.</p>", List.of(teacher));
        publications.publish(w.curator(), w.school(), first);
        deliveries.deliverDue();
        PublicationId second =
                worlds.draft(w, "Ещё новость", "<p>Опыт: Соколова Ольга Петровна.</p>", List.of(teacher));
        publications.publish(w.curator(), w.school(), second);
        fake.reset();

        worlds.withdraw(w, consent);
        listeners.awaitCompletion();
        deliveries.deliverDue();

        assertThat(rows(first))
                .extracting(r -> r.get("status") + " " + r.get("stale"))
                .containsOnly("SENT NAME_HIDDEN");
        assertThat(fake.requests())
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.text()).doesNotContain("Соколова"));
        assertThat(fake.requests().stream()
                        .filter(r -> r.path().endsWith("/sendMessage"))
                        .findFirst()
                        .orElseThrow()
                        .form()
                        .get("text"))
                .contains("Опыт: [имя скрыто].");
    }

    @Test
    void aPhotoGoesWithThePostThroughSendPhotoAndVksUploadServer() {
        ChannelsWorld.World w = worlds.create(true);
        PublicationId id = worlds.draft(w, "С фото", "<p>Наставники школы.</p>", List.of());
        photos.upload(
                w.curator(), id, new java.io.ByteArrayInputStream(TestImages.jpegWithGps(2000, 1000)), "IMG_0001.jpg");
        publications.publish(w.curator(), w.school(), id);
        deliveries.deliverDue();

        String link = "http://localhost:8080/o/" + w.slug() + "/nastavnichestvo/news/" + id;
        FakeChannels.Request telegram = fake.requests().stream()
                .filter(r -> r.path().startsWith("/telegram"))
                .findFirst()
                .orElseThrow();
        assertThat(telegram.path()).isEqualTo("/telegram/bot" + ChannelsWorld.BOT_TOKEN + "/sendPhoto");
        assertThat(telegram.contentType()).startsWith("multipart/form-data; boundary=");
        assertThat(telegram.text())
                .contains("name=\"chat_id\"\r\n\r\n@school_channel\r\n")
                .contains("name=\"caption\"\r\n\r\nС фото\n\nНаставники школы.\n\nПодробнее: " + link + "\r\n")
                .contains("name=\"photo\"; filename=\"photo.jpg\"\r\nContent-Type: image/jpeg");
        assertThat(TestImages.contains(telegram.body(), "Exif".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .isFalse();

        List<FakeChannels.Request> vk =
                fake.requests().stream().filter(r -> r.path().startsWith("/vk")).toList();
        assertThat(vk)
                .extracting(FakeChannels.Request::path)
                .containsExactly(
                        "/vk/method/photos.getWallUploadServer",
                        "/vk-upload/upload",
                        "/vk/method/photos.saveWallPhoto",
                        "/vk/method/wall.post");
        assertThat(vk.get(0).form()).containsEntry("group_id", "123456");
        assertThat(vk.get(1).text()).contains("name=\"photo\"; filename=\"photo.jpg\"");
        assertThat(vk.get(2).form())
                .containsEntry("server", "42")
                .containsEntry("hash", "h4sh")
                .containsEntry("photo", "[{\"photo\":\"abc\"}]");
        assertThat(vk.get(3).form()).containsEntry("attachments", "photo-123456_99");
        assertThat(rows(id)).extracting(r -> r.get("status")).containsOnly("SENT");
    }

    @Test
    void telegramGetsAtMostTwentyPostsAMinuteFromOneChannel() {
        ChannelsWorld.World w = worlds.create(true);
        PublicationId earlier = worlds.published(w, "Двадцать уже отправлено");
        deliveries.deliverDue();
        UUID sent = (UUID) row(earlier, "TELEGRAM").get("id");
        for (int i = 0; i < 19; i++) {
            // posts sent (and since deleted) in the last minute count towards Telegram's limit as well
            jdbc.update("""
                    insert into publishing_outbox (id, publication_id, organisation_id, kind, status, next_attempt_at, created_at, updated_at, sent_at)
                    select gen_random_uuid(), publication_id, organisation_id, kind, 'REMOVED', now(), now(), now(), now()
                    from publishing_outbox where id = ?""", sent);
        }
        PublicationId next = worlds.published(w, "Двадцать первая");
        fake.reset();
        deliveries.deliverDue();
        assertThat(row(next, "TELEGRAM").get("status")).isEqualTo("PENDING");
        assertThat(row(next, "TELEGRAM").get("attempts")).isEqualTo(0);
        assertThat(row(next, "VK").get("status")).isEqualTo("SENT");
        assertThat(fake.requests()).extracting(FakeChannels.Request::path).containsExactly("/vk/method/wall.post");
    }

    private void makeDue(PublicationId id) {
        jdbc.update(
                "update publishing_outbox set next_attempt_at = now() - interval '1 second' where publication_id = ? and status = 'PENDING'",
                id.value());
    }

    private static Instant next(Map<String, Object> row) {
        return ((java.sql.Timestamp) row.get("next_attempt_at")).toInstant();
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
