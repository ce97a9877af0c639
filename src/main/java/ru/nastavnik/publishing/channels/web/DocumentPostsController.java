package ru.nastavnik.publishing.channels.web;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.publishing.channels.ChannelKind;
import ru.nastavnik.publishing.channels.ChannelSettings;
import ru.nastavnik.publishing.channels.DeliveryId;
import ru.nastavnik.publishing.channels.DocumentPosts;
import ru.nastavnik.publishing.internal.KeptOrganisation;
import ru.nastavnik.publishing.internal.PublicDocumentFiles;
import ru.nastavnik.publishing.internal.PublicDocumentId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Submit;

/** A public document's page in the publishing UI: send it to the school's channels, and its posts there. */
@Controller
@RequestMapping("/publishing/channels/documents/{id}")
class DocumentPostsController {

    private final DocumentPosts posts;
    private final ChannelSettings settings;

    DocumentPostsController(DocumentPosts posts, ChannelSettings settings) {
        this.posts = posts;
        this.settings = settings;
    }

    @GetMapping
    String page(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) String organisation,
            @PathVariable PublicDocumentId id,
            Model model) {
        OrganisationId org = KeptOrganisation.get(me, organisation);
        PublicDocumentFiles.State state = posts.document(me, org, id.value());
        model.addAttribute("document", state.document());
        model.addAttribute("shown", state.shown());
        model.addAttribute("deliveries", posts.of(me, org, id.value()));
        model.addAttribute("channels", settings.of(me, org));
        model.addAttribute("organisationId", org);
        return "publishing/document-channels";
    }

    @PostMapping("/send")
    String send(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) String organisation,
            @PathVariable PublicDocumentId id,
            @RequestParam(name = "kind", required = false) List<String> kinds,
            RedirectAttributes redirect) {
        OrganisationId org = KeptOrganisation.get(me, organisation);
        List<ChannelKind> channels = kinds == null
                ? List.of()
                : kinds.stream().map(ChannelsApiController::kind).toList();
        return Submit.to(
                back(org, id), redirect, () -> posts.send(me, org, id.value(), channels), "publishingDocuments.sent");
    }

    @PostMapping("/deliveries/{delivery}/retry")
    String retry(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) String organisation,
            @PathVariable PublicDocumentId id,
            @PathVariable DeliveryId delivery,
            RedirectAttributes redirect) {
        OrganisationId org = KeptOrganisation.get(me, organisation);
        return Submit.to(
                back(org, id), redirect, () -> posts.retry(me, org, id.value(), delivery.value()), "channels.retried");
    }

    @PostMapping("/deliveries/{delivery}/delete")
    String deletePost(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) String organisation,
            @PathVariable PublicDocumentId id,
            @PathVariable DeliveryId delivery,
            RedirectAttributes redirect) {
        OrganisationId org = KeptOrganisation.get(me, organisation);
        return Submit.to(
                back(org, id),
                redirect,
                () -> posts.deletePost(me, org, id.value(), delivery.value()),
                "channels.deleted");
    }

    @PostMapping("/deliveries/{delivery}/mark-deleted")
    String markDeleted(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) String organisation,
            @PathVariable PublicDocumentId id,
            @PathVariable DeliveryId delivery,
            RedirectAttributes redirect) {
        OrganisationId org = KeptOrganisation.get(me, organisation);
        return Submit.to(
                back(org, id),
                redirect,
                () -> posts.markDeleted(me, org, id.value(), delivery.value()),
                "channels.markedDeleted");
    }

    private static String back(OrganisationId org, PublicDocumentId id) {
        return "redirect:/publishing/channels/documents/" + id + "?organisation=" + org;
    }
}
