package ru.nastavnik.training.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Submit;
import ru.nastavnik.training.internal.CheckAttemptId;
import ru.nastavnik.training.internal.CheckAttempts;

/** The curator's review of the mastery checks' free-text answers: the attempts waiting, one attempt, accept or return. */
@Controller
@RequestMapping("/training/check-attempts")
class CheckReviewController {

    static final String LIST = "training/attempt-list";
    static final String DETAIL = "training/attempt-detail";

    private final CheckAttempts attempts;

    CheckReviewController(CheckAttempts attempts) {
        this.attempts = attempts;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            Model model) {
        OrganisationId school = school(me, organisation);
        model.addAttribute("attempts", attempts.awaitingReview(me, school));
        model.addAttribute("organisationId", school);
        return LIST;
    }

    @GetMapping("/{id}")
    String detail(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable CheckAttemptId id,
            @RequestParam(required = false) OrganisationId organisation,
            Model model) {
        OrganisationId school = school(me, organisation);
        model.addAttribute("attempt", attempts.get(me, school, id));
        model.addAttribute("organisationId", school);
        return DETAIL;
    }

    @PostMapping("/{id}/accept")
    String accept(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable CheckAttemptId id,
            @RequestParam OrganisationId organisation,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        return review(
                id,
                organisation,
                redirect,
                "training.attempt.accepted",
                () -> attempts.accept(me, organisation, id, version));
    }

    @PostMapping("/{id}/return")
    String returnWith(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable CheckAttemptId id,
            @RequestParam OrganisationId organisation,
            @RequestParam(required = false) String comment,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        return review(
                id,
                organisation,
                redirect,
                "training.attempt.returned",
                () -> attempts.returnWith(me, organisation, id, comment, version));
    }

    private static String review(
            CheckAttemptId id, OrganisationId school, RedirectAttributes redirect, String done, Runnable action) {
        return Submit.versioned(redirect, "training.attempt.savedMeanwhile", action::run, done)
                ? "redirect:/training/check-attempts?organisation=" + school
                : "redirect:/training/check-attempts/" + id + "?organisation=" + school;
    }

    private static OrganisationId school(NastavnikPrincipal me, OrganisationId organisation) {
        return organisation != null ? organisation : me.homeOrganisation().orElseThrow(NotFoundException::new);
    }
}
