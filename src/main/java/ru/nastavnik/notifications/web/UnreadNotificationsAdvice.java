package ru.nastavnik.notifications.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import ru.nastavnik.notifications.internal.Notifications;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The header's unread count on every page of a signed-in user: one indexed count, bounded. */
@ControllerAdvice(annotations = Controller.class)
class UnreadNotificationsAdvice {

    private final ObjectProvider<Notifications> notices;

    // a provider: a web slice test of another module's controller has the advice but not the service
    UnreadNotificationsAdvice(ObjectProvider<Notifications> notices) {
        this.notices = notices;
    }

    @ModelAttribute("unreadNotices")
    String unread(@AuthenticationPrincipal NastavnikPrincipal me) {
        Notifications mine = notices.getIfAvailable();
        if (me == null || mine == null) {
            return null;
        }
        long unread = mine.unread(me);
        return unread == 0 ? "" : unread > Notifications.COUNTED ? Notifications.COUNTED + "+" : String.valueOf(unread);
    }
}
