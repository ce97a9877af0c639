package ru.nastavnik.publishing.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.publishing.internal.FigureChoice;
import ru.nastavnik.publishing.internal.KeptOrganisation;
import ru.nastavnik.publishing.internal.PublicFigure;
import ru.nastavnik.publishing.internal.PublicFigureChoices;
import ru.nastavnik.publishing.internal.PublicSites;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Submit;

/**
 * The school's curator or director chooses the figures its public section shows and their order: one place per
 * figure of the catalogue, each a choice of a figure or none, filled from the top.
 */
@Controller
@RequestMapping("/publishing/site/figures")
class PublicFiguresController {

    static final String FORM = "publishing/figures-form";

    private final PublicFigureChoices choices;
    private final PublicSites sites;

    PublicFiguresController(PublicFigureChoices choices, PublicSites sites) {
        this.choices = choices;
        this.sites = sites;
    }

    @GetMapping
    String form(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) String organisation,
            Model model) {
        OrganisationId org = KeptOrganisation.get(me, organisation);
        // the section's other keepers (an area's methodologist) are told who chooses; anyone else: not found
        String slug = sites.slugOf(me, org).orElse(null);
        model.addAttribute("organisationId", org);
        model.addAttribute("slug", slug);
        if (!choices.chooses(me, org)) {
            model.addAttribute("chooses", false);
            return FORM;
        }
        FigureChoice choice = choices.of(me, org);
        List<PublicFigure> places = new ArrayList<>(choice.figures());
        while (places.size() < PublicFigure.values().length) {
            places.add(null);
        }
        model.addAttribute("chooses", true);
        model.addAttribute("places", places);
        model.addAttribute("catalogue", Arrays.asList(PublicFigure.values()));
        return FORM;
    }

    @PostMapping
    String choose(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) String organisation,
            @RequestParam(name = FigureChoice.FIELD, required = false) List<String> figures,
            RedirectAttributes redirect) {
        OrganisationId org = KeptOrganisation.get(me, organisation);
        return Submit.to(
                "redirect:/publishing/site/figures?organisation=" + org,
                redirect,
                () -> choices.choose(me, org, figures == null ? List.of() : figures),
                "publishingFigures.saved");
    }
}
