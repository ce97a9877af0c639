package ru.nastavnik.roadmap.web;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.documents.SafeFileName;
import ru.nastavnik.events.EventId;
import ru.nastavnik.mentorship.OrderId;
import ru.nastavnik.roadmap.internal.ActivityDocuments;
import ru.nastavnik.roadmap.internal.ActivityEvidenceLinks;
import ru.nastavnik.roadmap.internal.ActivityId;
import ru.nastavnik.roadmap.internal.EvidenceDocumentId;
import ru.nastavnik.roadmap.internal.PublishedItemId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;
import ru.nastavnik.shared.web.Submit;

/**
 * The curator attaches documents to an activity as its evidence: uploads one, links an order, a held event's protocol or
 * a published item, removes, downloads.
 */
@Controller
@RequestMapping("/roadmap/activities/{id}/documents")
class ActivityDocumentController {

    private final ActivityDocuments documents;
    private final ActivityEvidenceLinks links;

    ActivityDocumentController(ActivityDocuments documents, ActivityEvidenceLinks links) {
        this.documents = documents;
        this.links = links;
    }

    @PostMapping
    String upload(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ActivityId id,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String date,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        Submit.done(
                redirect,
                () -> {
                    try (InputStream in = file == null || file.isEmpty() ? null : file.getInputStream()) {
                        documents.upload(
                                me,
                                id,
                                title,
                                EvidenceForms.date(date),
                                in,
                                file == null ? null : file.getOriginalFilename());
                    }
                },
                "roadmapEvidence.added");
        return back(id);
    }

    @PostMapping("/link")
    String link(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ActivityId id,
            @RequestParam(required = false) OrderId order,
            @RequestParam(required = false) String title,
            RedirectAttributes redirect) {
        return Submit.to(
                back(id),
                redirect,
                () -> documents.linkOrder(me, id, order == null ? null : order.value(), title),
                "roadmapEvidence.added");
    }

    @PostMapping("/link-protocol")
    String linkProtocol(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ActivityId id,
            @RequestParam(required = false) EventId event,
            @RequestParam(required = false) String title,
            RedirectAttributes redirect) {
        return Submit.to(
                back(id),
                redirect,
                () -> links.linkProtocol(me, id, event == null ? null : event.value(), title),
                "roadmapEvidence.added");
    }

    @PostMapping("/link-publication")
    String linkPublication(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ActivityId id,
            @RequestParam(required = false) PublishedItemId publication,
            @RequestParam(required = false) String title,
            RedirectAttributes redirect) {
        return Submit.to(
                back(id),
                redirect,
                () -> links.linkPublication(me, id, publication == null ? null : publication.value(), title),
                "roadmapEvidence.added");
    }

    @PostMapping("/{document}/remove")
    String remove(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ActivityId id,
            @PathVariable EvidenceDocumentId document,
            RedirectAttributes redirect) {
        documents.remove(me, id, document);
        Flash.success(redirect, "roadmapEvidence.removed");
        return back(id);
    }

    @GetMapping("/{document}")
    ResponseEntity<byte[]> download(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ActivityId id,
            @PathVariable EvidenceDocumentId document) {
        return file(documents.download(me, id, document));
    }

    static ResponseEntity<byte[]> file(ActivityDocuments.Download download) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, SafeFileName.attachment(download.name()))
                .header(HttpHeaders.CONTENT_TYPE, download.contentType())
                .body(download.content());
    }

    private static String back(ActivityId id) {
        return "redirect:/roadmap/activities/" + id;
    }
}
