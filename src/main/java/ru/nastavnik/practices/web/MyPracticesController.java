package ru.nastavnik.practices.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.practices.PracticeId;
import ru.nastavnik.practices.internal.AuthorPractices;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.FormPage;

/** A teacher's own practices and her proposal of one outside any programme (Post/Redirect/Get). */
@Controller
class MyPracticesController {

    static final String VIEW = "practices/my";
    static final String ONE = "practices/my-practice";

    private final AuthorPractices practices;

    MyPracticesController(AuthorPractices practices) {
        this.practices = practices;
    }

    @GetMapping("/practices/my")
    String page(@AuthenticationPrincipal NastavnikPrincipal me, Model model) {
        model.addAttribute("practiceForm", new PracticeForm());
        return show(me, model);
    }

    /** Her practice as its author reads it; another's does not exist for her. */
    @GetMapping("/practices/my/{id}")
    String one(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable PracticeId id, Model model) {
        model.addAttribute("p", practices.mine(me, id));
        return ONE;
    }

    @PostMapping("/practices/my")
    String propose(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @ModelAttribute("practiceForm") PracticeForm practiceForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormPage.of(model, result, () -> show(me, model))
                .submit(
                        redirect,
                        () -> practices.propose(me, practiceForm.description()),
                        "practice.own.proposed",
                        "redirect:/practices/my");
    }

    private String show(NastavnikPrincipal me, Model model) {
        model.addAttribute("practices", practices.mine(me));
        return VIEW;
    }
}
