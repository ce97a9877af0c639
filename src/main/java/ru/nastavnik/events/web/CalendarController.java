package ru.nastavnik.events.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.documents.SafeFileName;
import ru.nastavnik.events.EventId;
import ru.nastavnik.events.internal.EventCalendar;
import ru.nastavnik.shared.PublicBaseUrl;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;

/** An event's .ics, the personal feed page (issue, revoke) and the feed itself, reached by its token alone. */
@Controller
class CalendarController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final EventCalendar calendar;
    private final PublicBaseUrl site;

    CalendarController(EventCalendar calendar, PublicBaseUrl site) {
        this.calendar = calendar;
        this.site = site;
    }

    @GetMapping("/events/{id}/calendar.ics")
    ResponseEntity<String> eventFile(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable EventId id) {
        return ics(calendar.eventFile(me, id), calendar.eventFileName());
    }

    @GetMapping("/events/calendar")
    String page(@AuthenticationPrincipal NastavnikPrincipal me, Model model) {
        model.addAttribute("issuedAt", calendar.feedIssuedAt(me).orElse(null));
        return "events/calendar";
    }

    @PostMapping("/events/calendar/feed")
    String issue(@AuthenticationPrincipal NastavnikPrincipal me, RedirectAttributes redirect) {
        redirect.addFlashAttribute("feedUrl", feedUrl(site, calendar.issueFeed(me)));
        Flash.success(redirect, "calendar.feed.issued");
        return "redirect:/events/calendar";
    }

    @PostMapping("/events/calendar/feed/revoke")
    String revoke(@AuthenticationPrincipal NastavnikPrincipal me, RedirectAttributes redirect) {
        calendar.revokeFeed(me);
        Flash.success(redirect, "calendar.feed.revoked");
        return "redirect:/events/calendar";
    }

    @GetMapping("/calendar/feeds/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return ics(calendar.feed(token), calendar.feedFileName());
    }

    /**
     * The feed's secret address on the system's public address, never built from the request's {@code Host}: a
     * calendar application keeps polling it, so a forged or internal host would send the token elsewhere for good.
     * The token is URL-safe Base64.
     */
    static String feedUrl(PublicBaseUrl site, String token) {
        return site.of("/calendar/feeds/" + token + ".ics");
    }

    static ResponseEntity<String> ics(String body, String fileName) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, SafeFileName.attachment(fileName))
                .body(body);
    }
}
