package ru.nastavnik.matching.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.matching.MatchingWeights;
import ru.nastavnik.matching.internal.AreaMatching;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Submit;

/** A municipality's or region's run, for its methodologists: the figures by school and the cross-school proposals. */
@Controller
class AreaMatchingController {

    private final AreaMatching matching;

    AreaMatchingController(AreaMatching matching) {
        this.matching = matching;
    }

    @GetMapping("/matching/area")
    String latest(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            Model model) {
        OrganisationId area = area(me, organisation);
        model.addAttribute("area", matching.latest(me, area).orElse(null));
        MatchingWeights w = matching.latestWeights(area);
        model.addAttribute("weights", WeightsForm.values(w));
        model.addAttribute("onlyTrained", w.onlyTrained());
        model.addAttribute("organisationId", area);
        model.addAttribute("today", matching.today(area));
        return "matching/area";
    }

    @PostMapping("/matching/area")
    String run(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam OrganisationId organisation,
            WeightsForm weights,
            BindingResult binding,
            RedirectAttributes redirect) {
        OrganisationId area = organisation;
        return Submit.to(
                "redirect:/matching/area?organisation=" + area,
                redirect,
                () -> {
                    WeightsForm.check(binding);
                    matching.run(me, area, weights.toWeights());
                },
                "matching.done");
    }

    /** The requested area, else the first one the methodologist works for. */
    private static OrganisationId area(NastavnikPrincipal me, OrganisationId requested) {
        if (requested != null) {
            return requested;
        }
        return me.grants().stream()
                .filter(g -> g.role() == Role.MUNICIPAL_METHODOLOGIST || g.role() == Role.REGIONAL_METHODOLOGIST)
                .map(g -> g.organisation())
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }
}
