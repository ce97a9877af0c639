package ru.nastavnik.notifications.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.notifications.internal.NotificationView;
import ru.nastavnik.notifications.internal.Notifications;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** Her notifications through the API (a mobile client, a school's portal): the latest 100 and the unread count. */
@RestController
class NotificationsApiController {

    record Unread(long unread) {}

    private final Notifications notices;

    NotificationsApiController(Notifications notices) {
        this.notices = notices;
    }

    @GetMapping("/api/v1/me/notifications")
    @Operation(summary = "Мои уведомления: последние 100, новые первыми")
    List<NotificationView> list(@AuthenticationPrincipal NastavnikPrincipal me) {
        return notices.latest(me);
    }

    @GetMapping("/api/v1/me/notifications/unread")
    @Operation(summary = "Число непрочитанных уведомлений (до 100)")
    Unread unread(@AuthenticationPrincipal NastavnikPrincipal me) {
        return new Unread(notices.unread(me));
    }

    @PostMapping("/api/v1/me/notifications/{id}/read")
    @Operation(summary = "Отметить уведомление прочитанным")
    ResponseEntity<Void> read(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable NotificationId id) {
        notices.open(me, id.value());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/me/notifications/read")
    @Operation(summary = "Отметить все уведомления прочитанными")
    ResponseEntity<Void> readAll(@AuthenticationPrincipal NastavnikPrincipal me) {
        notices.readAll(me);
        return ResponseEntity.noContent().build();
    }
}
