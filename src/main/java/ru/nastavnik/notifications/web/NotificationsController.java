package ru.nastavnik.notifications.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.notifications.internal.Notifications;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;

/** Her notifications: the latest first; opening one marks it read and leads to its page (Post/Redirect/Get). */
@Controller
class NotificationsController {

    private final Notifications notices;

    NotificationsController(Notifications notices) {
        this.notices = notices;
    }

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal NastavnikPrincipal me, Model model) {
        model.addAttribute("notices", notices.latest(me));
        model.addAttribute("shown", Notifications.SHOWN);
        return "notifications/list";
    }

    @PostMapping("/notifications/{id}/open")
    String open(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable NotificationId id) {
        return "redirect:" + notices.open(me, id.value());
    }

    @PostMapping("/notifications/read")
    String readAll(@AuthenticationPrincipal NastavnikPrincipal me, RedirectAttributes redirect) {
        notices.readAll(me);
        Flash.success(redirect, "notifications.allRead");
        return "redirect:/notifications";
    }
}
