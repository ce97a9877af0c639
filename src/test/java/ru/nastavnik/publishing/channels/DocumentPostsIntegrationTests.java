package ru.nastavnik.publishing.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.DistributionChannel;
import ru.nastavnik.consent.DistributionScope;
import ru.nastavnik.consent.GiveConsent;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.publishing.internal.DocumentMode;
import ru.nastavnik.publishing.internal.DocumentPart;
import ru.nastavnik.publishing.internal.PublicDocumentView;
import ru.nastavnik.shared.InvalidInputException;

/**
 * A public document sent to the school's channels against the local fake Telegram and VK: sendDocument's multipart
 * (the PDF of the text the section shows, its public file name, the caption with the link), VK's docs upload chain
 * to wall.post, exactly one post per channel through a 429 and a failure, a rejected token kept and retried, and
 * the posts listed for deletion when the document is hidden or replaced.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentPostsIntegrationTests {

    @RegisterExtension
    static final FakeChannels fake = new FakeChannels();

    private static final String FILE = "Положение о системе наставничества № 12-о от 01.09.2026.pdf";

    @Autowired
    ChannelsWorld worlds;

    @Autowired
    DocumentWorld documents;

    @Autowired
    DocumentPosts posts;

    @Autowired
    DocumentDeliveries deliveries;

    @Autowired
    ChannelDeliveries news;

    @Autowired
    PostsToDelete toDelete;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConsentManagement consents;

    @BeforeEach
    void clean() {
        news.deliverDue();
        deliveries.deliverDue();
        fake.reset();
    }

    @Test
    void theShownRegulationGoesToTelegramBySendDocumentAndToVkThroughItsDocsUploadOnce() throws Exception {
        ChannelsWorld.World w = worlds.create(true);
        PublicDocumentView doc =
                documents.show(w, documents.regulation(w), DocumentPart.REGULATION, DocumentMode.NAMED);

        posts.send(w.curator(), w.school(), doc.id(), List.of(ChannelKind.VK, ChannelKind.TELEGRAM));
        assertThat(rows(doc.id()))
                .extracting(r -> r.get("kind") + ":" + r.get("status"))
                .containsExactly("TELEGRAM:PENDING", "VK:PENDING");
        assertThat(deliveries.deliverDue()).isEqualTo(2);
        assertThat(deliveries.deliverDue()).isZero();

        String link = "http://localhost:8080/o/" + w.slug() + "/nastavnichestvo/documents/" + doc.id();
        String caption =
                "Положение о системе наставничества № 12-о от 01.09.2026\n\n" + doc.title() + "\n\nНа сайте: " + link;
        List<FakeChannels.Request> requests = fake.requests();
        FakeChannels.Request telegram = only(requests, "/telegram");
        assertThat(telegram.method()).isEqualTo("POST");
        assertThat(telegram.path()).isEqualTo("/telegram/bot" + ChannelsWorld.BOT_TOKEN + "/sendDocument");
        assertThat(telegram.contentType()).startsWith("multipart/form-data; boundary=");
        Map<String, String> sent = telegram.multipart();
        assertThat(sent).containsEntry("chat_id", "@school_channel").containsEntry("caption", caption);
        assertThat(utf8(sent.get("document.filename"))).isEqualTo(FILE);
        assertThat(raw(telegram)).contains("Content-Type: application/pdf\r\n\r\n%PDF-");
        String text = pdfText(telegram);
        assertThat(text).contains("Положение о системе наставничества").contains(doc.title());

        List<FakeChannels.Request> vk =
                requests.stream().filter(r -> r.path().startsWith("/vk")).toList();
        assertThat(vk)
                .extracting(FakeChannels.Request::path)
                .containsExactly(
                        "/vk/method/docs.getWallUploadServer",
                        "/vk-upload/doc-upload",
                        "/vk/method/docs.save",
                        "/vk/method/wall.post");
        assertThat(vk.get(0).form())
                .containsEntry("group_id", "123456")
                .containsEntry("access_token", ChannelsWorld.VK_TOKEN);
        assertThat(utf8(vk.get(1).multipart().get("file.filename"))).isEqualTo(FILE);
        assertThat(raw(vk.get(1))).contains("Content-Type: application/pdf\r\n\r\n%PDF-");
        assertThat(vk.get(2).form()).containsEntry("file", "doc-file-token").containsEntry("title", FILE);
        UUID vkRow = (UUID) rows(doc.id()).get(1).get("id");
        assertThat(vk.get(3).form())
                .containsEntry("owner_id", "-123456")
                .containsEntry("from_group", "1")
                .containsEntry("attachments", "doc-123456_88")
                .containsEntry("guid", vkRow.toString())
                .containsEntry("message", caption);

        assertThat(rows(doc.id()))
                .extracting(r -> r.get("status") + " " + r.get("remote_link"))
                .containsExactly("SENT https://t.me/school_channel/778", "SENT https://vk.com/wall-123456_55");
        assertThat(jdbc.queryForList(
                        "select details from audit_entry where organisation_id = ? and subject_type = 'PublicDocumentPost'",
                        String.class,
                        w.school().value()))
                .containsExactly("документ «" + doc.title() + "» (" + FILE + ") поставлен в отправку: TELEGRAM, VK");

        assertThatThrownBy(() -> posts.send(w.curator(), w.school(), doc.id(), List.of(ChannelKind.TELEGRAM)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey())
                                .isEqualTo("publishingDocuments.send.already"));
        assertThat(rows(doc.id())).hasSize(2);
    }

    @Test
    void anAnonymisedOrderIsSentAsThePublicReadsIt() throws Exception {
        ChannelsWorld.World w = worlds.create(true);
        worlds.teacher(w, "Кузнецова");
        PublicDocumentView doc =
                documents.show(w, documents.regulation(w), DocumentPart.ORDER, DocumentMode.ANONYMISED);
        assertThat(doc.html()).contains("[имя скрыто]").doesNotContain("Кузнецова");

        posts.send(w.curator(), w.school(), doc.id(), List.of(ChannelKind.TELEGRAM));
        deliveries.deliverDue();

        FakeChannels.Request telegram = only(fake.requests(), "/telegram");
        assertThat(utf8(telegram.multipart().get("document.filename"))).isEqualTo("Приказ № 12-о от 01.09.2026.pdf");
        assertThat(pdfText(telegram)).contains("[имя скрыто]").doesNotContain("Кузнецова");
    }

    @Test
    void aRateLimitAndAFailureAreRetriedWhenTheServiceSaysAndTheDocumentIsPostedOnce() {
        ChannelsWorld.World w = worlds.create(true);
        PublicDocumentView doc =
                documents.show(w, documents.regulation(w), DocumentPart.REGULATION, DocumentMode.NAMED);
        fake.script(
                "sendDocument",
                new FakeChannels.Answer(
                        429,
                        "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 30\",\"parameters\":{\"retry_after\":30}}",
                        0),
                new FakeChannels.Answer(500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal\"}", 0));
        posts.send(w.curator(), w.school(), doc.id(), List.of(ChannelKind.TELEGRAM));

        Instant before = Instant.now();
        assertThat(deliveries.deliverDue()).isZero();
        Map<String, Object> row = rows(doc.id()).get(0);
        assertThat(row.get("status")).isEqualTo("PENDING");
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat(row.get("error")).isEqualTo("Сервис просит отправлять реже (ограничение частоты); повторим позже.");
        assertThat(next(row)).isBetween(before.plusSeconds(29), Instant.now().plusSeconds(31));
        assertThat(deliveries.deliverDue()).isZero(); // not due before the 30 seconds Telegram asked for

        due(doc.id());
        Instant second = Instant.now();
        assertThat(deliveries.deliverDue()).isZero();
        row = rows(doc.id()).get(0);
        assertThat(row.get("attempts")).isEqualTo(2);
        assertThat(row.get("error")).isEqualTo("Сервис ответил ошибкой (код 500); повторим позже.");
        assertThat(next(row))
                .isBetween(
                        second.plus(Duration.ofMinutes(2)).minusSeconds(1),
                        Instant.now().plus(Duration.ofMinutes(2)));

        due(doc.id());
        assertThat(deliveries.deliverDue()).isEqualTo(1);
        due(doc.id());
        assertThat(deliveries.deliverDue()).isZero();
        assertThat(fake.requests())
                .extracting(FakeChannels.Request::path)
                .containsOnly("/telegram/bot" + ChannelsWorld.BOT_TOKEN + "/sendDocument")
                .hasSize(3);
        row = rows(doc.id()).get(0);
        assertThat(row.get("status") + " " + row.get("attempts") + " " + row.get("remote_link"))
                .isEqualTo("SENT 3 https://t.me/school_channel/778");
    }

    @Test
    void aRejectedTokenIsShownAsSuchTheRowKeptAndSentOnRetry() {
        ChannelsWorld.World w = worlds.create(true);
        PublicDocumentView doc =
                documents.show(w, documents.regulation(w), DocumentPart.REGULATION, DocumentMode.NAMED);
        fake.script(
                "sendDocument",
                new FakeChannels.Answer(401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}", 0));
        posts.send(w.curator(), w.school(), doc.id(), List.of(ChannelKind.TELEGRAM));

        deliveries.deliverDue();
        Map<String, Object> row = rows(doc.id()).get(0);
        assertThat(row.get("status") + " | " + row.get("error"))
                .isEqualTo(
                        "FAILED | Сервис отклонил токен: проверьте токен и права бота или ключа в настройках канала.");
        assertThat(deliveries.deliverDue()).isZero();

        posts.retry(w.curator(), w.school(), doc.id(), (UUID) row.get("id"));
        assertThat(deliveries.deliverDue()).isEqualTo(1);
        assertThat(rows(doc.id()).get(0).get("status")).isEqualTo("SENT");
        assertThat(fake.requests()).hasSize(2);
    }

    @Test
    void aDocumentHiddenOrReplacedAfterSendingIsListedForDeletionWithTheReason() {
        ChannelsWorld.World w = worlds.create(true);
        OrderView first = documents.regulation(w);
        PublicDocumentView regulation = documents.show(w, first, DocumentPart.REGULATION, DocumentMode.NAMED);
        PublicDocumentView order = documents.show(w, first, DocumentPart.ORDER, DocumentMode.ANONYMISED);
        posts.send(w.curator(), w.school(), regulation.id(), List.of(ChannelKind.TELEGRAM));
        posts.send(w.curator(), w.school(), order.id(), List.of(ChannelKind.VK));
        assertThat(deliveries.deliverDue()).isEqualTo(2);
        assertThat(toDelete.of(w.curator(), w.school())).isEmpty();

        documents.show(w, first, DocumentPart.ORDER, DocumentMode.HIDDEN);
        assertThat(toDelete.of(w.curator(), w.school()))
                .extracting(
                        p -> p.document() + " " + p.kind() + " " + p.link() + " " + p.reason() + " " + p.publication())
                .containsExactly(order.id() + " VK https://vk.com/wall-123456_55 DOCUMENT_HIDDEN null");

        // a newer Regulation approved: the older one left the section without a word to the outbox; the job finds it
        documents.regulation(w, "14-о", java.time.LocalDate.of(2026, 9, 3));
        deliveries.recheckSent();
        List<PostsToDelete.Post> listed = toDelete.of(w.curator(), w.school());
        assertThat(listed)
                .extracting(p -> p.document() + " " + p.reason() + " " + p.reasonKey())
                .containsExactlyInAnyOrder(
                        order.id() + " DOCUMENT_HIDDEN channels.stale.DOCUMENT_HIDDEN",
                        regulation.id() + " DOCUMENT_REPLACED channels.stale.DOCUMENT_REPLACED");

        UUID orderPost = listed.stream()
                .filter(p -> p.document().equals(order.id()))
                .findFirst()
                .orElseThrow()
                .delivery();
        posts.markDeleted(w.curator(), w.school(), order.id(), orderPost);
        assertThat(toDelete.of(w.curator(), w.school()))
                .extracting(PostsToDelete.Post::document)
                .containsExactly(regulation.id());
        assertThat(fake.requests()).hasSize(5); // sendDocument, and VK's four: nothing sent again
    }

    @Test
    void refusalsQueueNothing() {
        ChannelsWorld.World w = worlds.create(false);
        OrderView order = documents.regulation(w);
        PublicDocumentView shown = documents.show(w, order, DocumentPart.REGULATION, DocumentMode.NAMED);
        PublicDocumentView hidden = documents.show(w, order, DocumentPart.ROADMAP, DocumentMode.HIDDEN);

        assertRefused(
                () -> posts.send(w.curator(), w.school(), hidden.id(), List.of(ChannelKind.TELEGRAM)),
                "publishingDocuments.send.notShown");
        assertRefused(
                () -> posts.send(w.curator(), w.school(), shown.id(), List.of(ChannelKind.TELEGRAM)),
                "publishingDocuments.send.channelOff");
        assertRefused(
                () -> posts.send(w.curator(), w.school(), shown.id(), List.of()),
                "publishingDocuments.send.noChannels");
        assertThat(rows(shown.id())).isEmpty();
        assertThat(rows(hidden.id())).isEmpty();
        assertThat(fake.requests()).isEmpty();
    }

    private static void assertRefused(Runnable call, String key) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo(key));
    }

    private static FakeChannels.Request only(List<FakeChannels.Request> requests, String prefix) {
        List<FakeChannels.Request> found =
                requests.stream().filter(r -> r.path().startsWith(prefix)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static String utf8(String latin1) {
        return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private static String raw(FakeChannels.Request request) {
        return new String(request.body(), StandardCharsets.ISO_8859_1);
    }

    /** The text of the PDF part of a multipart body. */
    private static String pdfText(FakeChannels.Request request) throws Exception {
        byte[] body = request.body();
        String latin = raw(request);
        int start = latin.indexOf("%PDF-");
        int end = latin.lastIndexOf("%%EOF") + 5;
        byte[] pdf = java.util.Arrays.copyOfRange(body, start, end);
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private void due(UUID document) {
        jdbc.update(
                "update publishing_outbox set next_attempt_at = now() - interval '1 second' where document_id = ? and status = 'PENDING'",
                document);
    }

    private static Instant next(Map<String, Object> row) {
        return ((java.sql.Timestamp) row.get("next_attempt_at")).toInstant();
    }

    private List<Map<String, Object>> rows(UUID document) {
        return jdbc.queryForList("select * from publishing_outbox where document_id = ? order by kind", document);
    }

    @Test
    void anOrderShownWithNamesGoesOnlyToTheChannelsEveryNamedPersonsConsentCovers() {
        ChannelsWorld.World w = worlds.create(true);
        PersonId teacher = worlds.teacher(w, "Лебедева");
        // she allows every kind of item on the section and in VK, not in Telegram (152-ФЗ art. 10.1)
        consents.recordGiven(
                w.curator(),
                w.school(),
                new GiveConsent(
                        teacher.toString(),
                        ConsentPurpose.PUBLICATION,
                        SchoolToday.date(),
                        null,
                        List.of("ФИО"),
                        DistributionScope.of(
                                DistributionScope.everything().kinds(),
                                List.of(DistributionChannel.SECTION, DistributionChannel.VK))));
        PublicDocumentView order = documents.show(w, documents.regulation(w), DocumentPart.ORDER, DocumentMode.NAMED);
        assertThat(order.html()).contains("Лебедева");

        assertThatThrownBy(() ->
                        posts.send(w.curator(), w.school(), order.id(), List.of(ChannelKind.TELEGRAM, ChannelKind.VK)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems().get(0).messageKey()).isEqualTo("publishingDocuments.send.consentMissing");
                    assertThat(String.valueOf(e.problems().get(0).args().get(0)))
                            .contains("Лебедева")
                            .contains("Telegram");
                });
        assertThat(rows(order.id())).isEmpty();

        posts.send(w.curator(), w.school(), order.id(), List.of(ChannelKind.VK));
        assertThat(rows(order.id())).hasSize(1);
        assertThat(fake.requests()).isEmpty();
    }
}
