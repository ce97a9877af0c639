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
import ru.nastavnik.survey.QuestionType;
import ru.nastavnik.training.internal.MasteryCheckId;
import ru.nastavnik.training.internal.MasteryChecks;
import ru.nastavnik.training.internal.MaterialManagement;

/** The mastery checks of the mentor course: the list of an organisation's, and one check's questions and pass mark. */
@Controller
@RequestMapping("/training/mastery-checks")
class MasteryCheckController {

    static final String LIST = "training/check-list";
    static final String DETAIL = "training/check-detail";

    private final MasteryChecks checks;

    MasteryCheckController(MasteryChecks checks) {
        this.checks = checks;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            Model model) {
        OrganisationId org = organisation != null
                ? organisation
                : MaterialManagement.homeOf(me).orElseThrow(NotFoundException::new);
        model.addAttribute("checks", checks.list(me, org));
        model.addAttribute("organisationId", org);
        return LIST;
    }

    @PostMapping
    String publish(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam OrganisationId organisation,
            @RequestParam(required = false) String title,
            RedirectAttributes redirect) {
        return Submit.made(redirect, () -> checks.publish(me, organisation, title), "training.check.created")
                .map(check -> "redirect:/training/mastery-checks/" + check.id())
                .orElse("redirect:/training/mastery-checks?organisation=" + organisation);
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable MasteryCheckId id, Model model) {
        model.addAttribute("check", checks.get(me, id));
        model.addAttribute("types", new QuestionType[] {QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TEXT});
        return DETAIL;
    }

    @PostMapping("/{id}/questions")
    String addQuestion(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable MasteryCheckId id,
            CheckQuestionForm form,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        return change(id, redirect, () -> checks.addQuestion(me, id, form.toQuestion(), version));
    }

    @PostMapping("/{id}/questions/{key}/delete")
    String removeQuestion(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable MasteryCheckId id,
            @PathVariable String key,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        return change(id, redirect, () -> checks.removeQuestion(me, id, key, version));
    }

    @PostMapping("/{id}/pass-mark")
    String passMark(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable MasteryCheckId id,
            @RequestParam(required = false) Integer passMark,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        return change(id, redirect, () -> checks.passMark(me, id, passMark, version));
    }

    @PostMapping("/{id}/delete")
    String delete(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable MasteryCheckId id,
            RedirectAttributes redirect) {
        OrganisationId owner = checks.get(me, id).organisation();
        return Submit.done(redirect, () -> checks.delete(me, id), "training.check.deleted")
                ? "redirect:/training/mastery-checks?organisation=" + owner
                : "redirect:/training/mastery-checks/" + id;
    }

    private static String change(MasteryCheckId id, RedirectAttributes redirect, Runnable action) {
        Submit.versioned(redirect, "training.check.savedMeanwhile", action::run, "training.check.saved");
        return "redirect:/training/mastery-checks/" + id;
    }
}
