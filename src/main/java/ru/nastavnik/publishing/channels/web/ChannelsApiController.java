package ru.nastavnik.publishing.channels.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import ru.nastavnik.publishing.channels.ChannelDeliveries;
import ru.nastavnik.publishing.channels.ChannelKind;
import ru.nastavnik.publishing.channels.ChannelSettings;
import ru.nastavnik.publishing.channels.ChannelSettingsView;
import ru.nastavnik.publishing.channels.DeliveryId;
import ru.nastavnik.publishing.channels.DeliveryStatus;
import ru.nastavnik.publishing.channels.DeliveryView;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The school's Telegram and VK settings and a news item's posts, for the curator's scripts: the same keepers and
 * tenant checks as the pages (anyone else 404). A token is accepted, never returned — the settings say only whether
 * one is saved. Lists carry an ETag of what they show ({@code If-None-Match} → 304).
 */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}")
@Tag(name = "Каналы публикаций")
class ChannelsApiController {

    private final ChannelSettings settings;
    private final ChannelDeliveries deliveries;

    ChannelsApiController(ChannelSettings settings, ChannelDeliveries deliveries) {
        this.settings = settings;
        this.deliveries = deliveries;
    }

    /** {@code token}: blank keeps the saved one; it is write-only. */
    record Settings(Boolean enabled, String target, String token) {

        @Override
        public String toString() {
            return "Settings[enabled=" + enabled + ", target=" + target + "]";
        }
    }

    record Delivery(
            DeliveryId id,
            PublicationId publication,
            ChannelKind kind,
            DeliveryStatus status,
            int attempts,
            Instant nextAttemptAt,
            String link,
            String error,
            String stale,
            Instant sentAt,
            boolean editPending,
            String editError,
            Instant editedAt) {

        static Delivery of(DeliveryView v) {
            return new Delivery(
                    new DeliveryId(v.id()),
                    new PublicationId(v.publication()),
                    v.kind(),
                    v.status(),
                    v.attempts(),
                    v.nextAttemptAt(),
                    v.remoteLink(),
                    v.error(),
                    v.stale(),
                    v.sentAt(),
                    v.editPending(),
                    v.editError(),
                    v.editedAt());
        }
    }

    @GetMapping("/channels")
    @Operation(
            summary = "Каналы организации (Telegram, VK): адрес, включён ли, сохранён ли токен (сам токен не выдаётся)")
    ResponseEntity<List<ChannelSettingsView>> channels(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId, WebRequest request) {
        return tagged(request, settings.of(me, orgId));
    }

    @PutMapping("/channels/{kind}")
    @Operation(summary = "Настроить канал: адрес, включён ли, токен (пустой — оставить сохранённый)")
    ChannelSettingsView save(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable String kind,
            @RequestBody Settings body) {
        ChannelKind channel = kind(kind);
        settings.save(me, orgId, channel, Boolean.TRUE.equals(body.enabled()), body.target(), body.token());
        return settings.of(me, orgId).stream()
                .filter(v -> v.kind() == channel)
                .findFirst()
                .orElseThrow();
    }

    @DeleteMapping("/channels/{kind}")
    @Operation(summary = "Удалить настройки канала и его токен")
    ResponseEntity<Void> remove(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable String kind) {
        settings.remove(me, orgId, kind(kind));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/publications/{id}/deliveries")
    @Operation(summary = "Посты новости в каналах: статус, ссылка, ошибка, следующая попытка, обновление после правки")
    ResponseEntity<List<Delivery>> list(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PublicationId id,
            WebRequest request) {
        return tagged(
                request, deliveries.of(me, orgId, id).stream().map(Delivery::of).toList());
    }

    @PostMapping("/publications/{id}/deliveries/{delivery}/retry")
    @Operation(summary = "Повторить отправку поста, которую сервис отклонил")
    Delivery retry(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PublicationId id,
            @PathVariable DeliveryId delivery) {
        deliveries.retry(me, orgId, id, delivery.value());
        return one(me, orgId, id, delivery);
    }

    @PostMapping("/publications/{id}/deliveries/{delivery}/delete-post")
    @Operation(summary = "Удалить пост из канала через сервис (Telegram deleteMessage, VK wall.delete)")
    Delivery deletePost(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PublicationId id,
            @PathVariable DeliveryId delivery) {
        deliveries.deletePost(me, orgId, id, delivery.value());
        return one(me, orgId, id, delivery);
    }

    @PostMapping("/publications/{id}/deliveries/{delivery}/mark-deleted")
    @Operation(summary = "Отметить, что пост удалён вручную (по ссылке)")
    Delivery markDeleted(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PublicationId id,
            @PathVariable DeliveryId delivery) {
        deliveries.markDeleted(me, orgId, id, delivery.value());
        return one(me, orgId, id, delivery);
    }

    private Delivery one(NastavnikPrincipal me, OrganisationId orgId, PublicationId id, DeliveryId delivery) {
        return deliveries.of(me, orgId, id).stream()
                .filter(d -> d.id().equals(delivery.value()))
                .map(Delivery::of)
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    /** A strong tag of the list's content: the records have no version of their own. */
    private static <T> ResponseEntity<List<T>> tagged(WebRequest request, List<T> body) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(body.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String tag = "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        if (request.checkNotModified(tag)) {
            return null;
        }
        return ResponseEntity.ok().eTag(tag).body(body);
    }

    static ChannelKind kind(String value) {
        return named(value).orElseThrow(NotFoundException::new);
    }

    /** A channel named in a request's body: an unknown one is the client's input to correct (422 naming the field). */
    static ChannelKind kindIn(String field, String value) {
        return named(value)
                .orElseThrow(() -> ru.nastavnik.shared.InvalidInputException.of(
                        field, "channels.kind.unknown", String.valueOf(value)));
    }

    private static java.util.Optional<ChannelKind> named(String value) {
        return java.util.Arrays.stream(ChannelKind.values())
                .filter(kind -> kind.name().equalsIgnoreCase(value))
                .findFirst();
    }
}
