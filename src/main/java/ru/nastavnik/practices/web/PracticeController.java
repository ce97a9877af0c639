package ru.nastavnik.practices.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.nastavnik.practices.PracticeId;
import ru.nastavnik.practices.Practices;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;
import ru.nastavnik.shared.web.RequestedOrganisation;

/** The curator's list of proposed practices, a practice's card, and the decision on it. */
@Controller
@RequestMapping("/practices")
class PracticeController {

    static final String LIST = "practices/practice-list";
    static final String DETAIL = "practices/practice-detail";

    private final Practices practices;

    PracticeController(Practices practices) {
        this.practices = practices;
    }

    @GetMapping
    String list(@AuthenticationPrincipal NastavnikPrincipal me, @RequestParam(required = false) String organisation, Model model) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        model.addAttribute("practices", practices.list(me, org));
        model.addAttribute("organisationId", org);
        return LIST;
    }

    @GetMapping("/{id}")
    String card(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable PracticeId id, Model model) {
        model.addAttribute("card", practices.card(me, id));
        return DETAIL;
    }

    @PostMapping("/{id}/accept")
    String accept(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable PracticeId id, RedirectAttributes redirect) {
        PracticeId practice = id;
        return decide(practice, redirect, () -> practices.accept(me, practice), "practice.accepted");
    }

    @PostMapping("/{id}/reject")
    String reject(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable PracticeId id,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        PracticeId practice = id;
        return decide(practice, redirect, () -> practices.reject(me, practice, reason), "practice.rejected");
    }

    private static String decide(PracticeId practice, RedirectAttributes redirect, Runnable decision, String done) {
        try {
            decision.run();
            Flash.success(redirect, done);
        } catch (InvalidInputException e) {
            Flash.error(redirect, e);
        }
        return "redirect:/practices/" + practice;
    }
}
