package ru.nastavnik.publishing.channels.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.publishing.channels.ChannelKind;
import ru.nastavnik.publishing.channels.DeliveryId;
import ru.nastavnik.publishing.channels.DeliveryStatus;
import ru.nastavnik.publishing.channels.DeliveryView;
import ru.nastavnik.publishing.channels.DocumentPosts;
import ru.nastavnik.publishing.internal.PublicDocumentId;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** A public document's posts in Telegram and VK for the curator's scripts: the same checks as the page (else 404). */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}/public-documents/{id}/deliveries")
@Tag(name = "Каналы публикаций")
class DocumentPostsApiController {

    private final DocumentPosts posts;

    DocumentPostsApiController(DocumentPosts posts) {
        this.posts = posts;
    }

    /** {@code channels}: TELEGRAM and/or VK. */
    record Send(List<String> channels) {}

    record Delivery(
            DeliveryId id,
            PublicDocumentId document,
            ChannelKind kind,
            DeliveryStatus status,
            int attempts,
            Instant nextAttemptAt,
            String link,
            String error,
            String stale,
            Instant sentAt) {

        static Delivery of(PublicDocumentId document, DeliveryView v) {
            return new Delivery(
                    new DeliveryId(v.id()),
                    document,
                    v.kind(),
                    v.status(),
                    v.attempts(),
                    v.nextAttemptAt(),
                    v.remoteLink(),
                    v.error(),
                    v.stale(),
                    v.sentAt());
        }
    }

    @GetMapping
    @Operation(summary = "Посты документа раздела в каналах: статус, ссылка, ошибка, следующая попытка")
    List<Delivery> list(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PublicDocumentId id) {
        return posts.of(me, orgId, id.value()).stream()
                .map(v -> Delivery.of(id, v))
                .toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Отправить показанный в разделе документ (PDF) в Telegram (sendDocument) и/или VK (wall.post)")
    List<Delivery> send(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PublicDocumentId id,
            @RequestBody Send body) {
        List<ChannelKind> kinds = body == null || body.channels() == null
                ? List.of()
                : body.channels().stream()
                        .map(channel -> ChannelsApiController.kindIn("channels", channel))
                        .toList();
        return posts.send(me, orgId, id.value(), kinds).stream()
                .map(v -> Delivery.of(id, v))
                .toList();
    }

    @PostMapping("/{delivery}/retry")
    @Operation(summary = "Повторить отправку документа, которую сервис отклонил")
    Delivery retry(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PublicDocumentId id,
            @PathVariable DeliveryId delivery) {
        posts.retry(me, orgId, id.value(), delivery.value());
        return one(me, orgId, id, delivery);
    }

    @PostMapping("/{delivery}/delete-post")
    @Operation(summary = "Удалить пост документа из канала через сервис")
    Delivery deletePost(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PublicDocumentId id,
            @PathVariable DeliveryId delivery) {
        posts.deletePost(me, orgId, id.value(), delivery.value());
        return one(me, orgId, id, delivery);
    }

    @PostMapping("/{delivery}/mark-deleted")
    @Operation(summary = "Отметить, что пост документа удалён вручную (по ссылке)")
    Delivery markDeleted(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PublicDocumentId id,
            @PathVariable DeliveryId delivery) {
        posts.markDeleted(me, orgId, id.value(), delivery.value());
        return one(me, orgId, id, delivery);
    }

    private Delivery one(NastavnikPrincipal me, OrganisationId orgId, PublicDocumentId id, DeliveryId delivery) {
        return posts.of(me, orgId, id.value()).stream()
                .filter(d -> d.id().equals(delivery.value()))
                .map(v -> Delivery.of(id, v))
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }
}
