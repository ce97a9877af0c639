package ru.nastavnik.matching.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.matching.internal.MatchingWishes;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.PageRefusal;
import ru.nastavnik.shared.web.Submit;

/** The mentee's own page: her best candidate mentors, and whom she would like to work with. */
@Controller
class MyCandidatesController {

    private final MatchingWishes wishes;

    MyCandidatesController(MatchingWishes wishes) {
        this.wishes = wishes;
    }

    @GetMapping("/matching/my")
    String mine(@AuthenticationPrincipal NastavnikPrincipal me, Model model) {
        PageRefusal.shown(model, "problem", () -> model.addAttribute("view", wishes.mine(me)));
        return "matching/my";
    }

    @PostMapping("/matching/my/wishes")
    String choose(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam PersonId mentor,
            RedirectAttributes redirect) {
        return Submit.to("redirect:/matching/my", redirect, () -> wishes.choose(me, mentor), "matching.wish.chosen");
    }

    @PostMapping("/matching/my/wishes/delete")
    String unchoose(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam PersonId mentor,
            RedirectAttributes redirect) {
        return Submit.to(
                "redirect:/matching/my", redirect, () -> wishes.unchoose(me, mentor), "matching.wish.unchosen");
    }
}
