package ru.nastavnik.publishing.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.publishing.internal.KeptOrganisation;
import ru.nastavnik.publishing.internal.PublicSites;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.PublicBaseUrl;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;
import ru.nastavnik.shared.web.PageRefusal;
import ru.nastavnik.shared.web.Submit;

/**
 * The organisation's public section settings, kept by its curator, director or methodologist: its address and whether
 * its public roadmap shows the overdue mark.
 */
@Controller
@RequestMapping("/publishing/site")
class PublicSiteController {

    static final String FORM = "publishing/site-form";

    private final PublicSites sites;
    private final PublicBaseUrl base;

    PublicSiteController(PublicSites sites, PublicBaseUrl base) {
        this.sites = sites;
        this.base = base;
    }

    @GetMapping
    String form(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) String organisation,
            Model model) {
        OrganisationId org = KeptOrganisation.get(me, organisation);
        return form(me, org, sites.slugOf(me, org).orElse(null), model);
    }

    @PostMapping
    String choose(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String slug,
            Model model,
            RedirectAttributes redirect) {
        OrganisationId org = KeptOrganisation.get(me, organisation);
        // the address she typed stays in the field beside the refusal (taken, reserved, not Latin)
        return PageRefusal.read(model, "problem", () -> sites.choose(me, org, slug))
                .map(chosen -> {
                    Flash.success(redirect, "publishing.slug.saved", chosen);
                    return "redirect:/publishing/site?organisation=" + org;
                })
                .orElseGet(() -> form(me, org, slug, model));
    }

    /** Whether the public roadmap shows the overdue mark: the box ticked or not (anything else is refused). */
    @PostMapping("/overdue")
    String showOverdue(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) String organisation,
            OverdueForm form,
            RedirectAttributes redirect) {
        OrganisationId org = KeptOrganisation.get(me, organisation);
        return Submit.to(
                "redirect:/publishing/site?organisation=" + org,
                redirect,
                () -> sites.showOverdue(me, org, form.shown()),
                "publicPages.overdue.saved");
    }

    private String form(NastavnikPrincipal me, OrganisationId org, String wanted, Model model) {
        model.addAttribute("slug", sites.slugOf(me, org).orElse(null));
        model.addAttribute("wanted", wanted);
        model.addAttribute("organisationId", org);
        model.addAttribute("publicBase", base.of(""));
        model.addAttribute("showOverdue", sites.showsOverdue(me, org).orElse(false));
        model.addAttribute("showsRoadmap", sites.showsRoadmap(org));
        return FORM;
    }
}
