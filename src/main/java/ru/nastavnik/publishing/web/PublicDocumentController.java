package ru.nastavnik.publishing.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.mentorship.OrderId;
import ru.nastavnik.publishing.internal.DocumentMode;
import ru.nastavnik.publishing.internal.DocumentPart;
import ru.nastavnik.publishing.internal.KeptOrganisation;
import ru.nastavnik.publishing.internal.OrderNews;
import ru.nastavnik.publishing.internal.PublicDocuments;
import ru.nastavnik.publishing.internal.PublicSites;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Submit;

/**
 * The curator's choice, per registered order, of how the public section shows it (not shown, with names, without
 * personal data), and news drafted from the order approving the Regulation or forming pairs.
 */
@Controller
@RequestMapping("/publishing")
class PublicDocumentController {

    static final String LIST = "publishing/documents";

    private final PublicDocuments documents;
    private final OrderNews news;
    private final PublicSites sites;

    PublicDocumentController(PublicDocuments documents, OrderNews news, PublicSites sites) {
        this.documents = documents;
        this.news = news;
        this.sites = sites;
    }

    @GetMapping("/documents")
    String list(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) String organisation,
            Model model) {
        OrganisationId org = KeptOrganisation.get(me, organisation);
        model.addAttribute("choices", documents.choices(me, org));
        model.addAttribute(
                "draftable", news.sources(me, org).stream().map(o -> o.id()).toList());
        model.addAttribute("slug", sites.slugOf(me, org).orElse(null));
        model.addAttribute("organisationId", org);
        model.addAttribute("modes", DocumentMode.values());
        return LIST;
    }

    @PostMapping("/documents")
    String choose(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) String organisation,
            @RequestParam OrderId order,
            @RequestParam String part,
            @RequestParam(required = false) String mode,
            RedirectAttributes redirect) {
        OrganisationId org = KeptOrganisation.get(me, organisation);
        return Submit.to(
                "redirect:/publishing/documents?organisation=" + org,
                redirect,
                () -> documents.choose(
                        me,
                        org,
                        order.value(),
                        enumOf(DocumentPart.class, part),
                        mode == null || mode.isBlank() ? null : enumOf(DocumentMode.class, mode)),
                "publishingSite.document.saved");
    }

    @PostMapping("/publications/from-order")
    String fromOrder(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) String organisation,
            @RequestParam OrderId order,
            RedirectAttributes redirect) {
        OrganisationId org = KeptOrganisation.get(me, organisation);
        return Submit.made(redirect, () -> news.draftFromOrder(me, org, order.value()), "publishing.saved")
                .map(saved -> "redirect:/publishing/publications/"
                        + saved.publication().id())
                .orElse("redirect:/publishing/documents?organisation=" + org);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException();
        }
    }
}
