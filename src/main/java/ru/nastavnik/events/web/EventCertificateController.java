package ru.nastavnik.events.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.events.EventId;
import ru.nastavnik.events.internal.EventCertificates;
import ru.nastavnik.events.internal.EventManagement;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Submit;

/** Certificates of participation: the organiser's batch with its progress, and a participant's own. */
@Controller
class EventCertificateController {

    static final String PROGRESS = "events/certificates";
    static final String PROGRESS_FRAGMENT = "events/_certificates-status";

    private final EventCertificates certificates;
    private final EventManagement management;

    EventCertificateController(EventCertificates certificates, EventManagement management) {
        this.certificates = certificates;
        this.management = management;
    }

    @PostMapping("/events/{id}/certificates")
    String start(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable EventId id, RedirectAttributes redirect) {
        return Submit.made(redirect, () -> certificates.start(me, id), null)
                .map(job -> "redirect:/events/" + id + "/certificates/" + job.id())
                .orElse("redirect:/events/" + id);
    }

    @GetMapping("/events/{id}/certificates/{job}")
    String progress(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable EventId id,
            @PathVariable String job,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("job", certificates.status(me, id, job));
        model.addAttribute("eventId", id);
        if (htmx != null) {
            return PROGRESS_FRAGMENT;
        }
        model.addAttribute("event", management.editable(me, id));
        return PROGRESS;
    }

    @GetMapping("/events/{id}/certificates/{job}/file")
    ResponseEntity<byte[]> file(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable EventId id, @PathVariable String job) {
        return EventDocumentController.download(certificates.batch(me, id, job));
    }

    @GetMapping("/events/{id}/certificate")
    Object own(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable EventId id, RedirectAttributes redirect) {
        return Submit.made(redirect, () -> EventDocumentController.download(certificates.own(me, id)), null)
                .<Object>map(file -> file)
                .orElse("redirect:/events/" + id);
    }
}
