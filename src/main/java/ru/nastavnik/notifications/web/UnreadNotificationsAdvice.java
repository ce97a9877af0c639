package ru.nastavnik.notifications.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import ru.nastavnik.notifications.internal.Notifications;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The header's unread count on every page of a signed-in user: one indexed count, bounded. */
@ControllerAdvice(annotations = Controller.class)
class UnreadNotificationsAdvice {

    private final Notifications notices;

    UnreadNotificationsAdvice(Notifications notices) {
        this.notices = notices;
    }

    @ModelAttribute("unreadNotices")
    String unread(@AuthenticationPrincipal NastavnikPrincipal me) {
        if (me == null) {
            return null;
        }
        long unread = notices.unread(me);
        return unread == 0 ? "" : unread > Notifications.COUNTED ? Notifications.COUNTED + "+" : String.valueOf(unread);
    }
}
