package ru.nastavnik.monitoring.web;

import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.monitoring.internal.ContestLevel;
import ru.nastavnik.monitoring.internal.ProgrammeImpact;
import ru.nastavnik.monitoring.internal.PublicationKind;
import ru.nastavnik.monitoring.internal.ResultKind;
import ru.nastavnik.people.QualificationCategory;
import ru.nastavnik.programme.ProgrammeId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Submit;

/** A programme's impact (stage 2 of its monitoring): the mentee's self-assessment at start and end, her results. */
@Controller
class ProgrammeImpactController {

    private final ProgrammeImpact impact;

    ProgrammeImpactController(ProgrammeImpact impact) {
        this.impact = impact;
    }

    @GetMapping("/monitoring/programmes/{id}/impact")
    String page(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable ProgrammeId id, Model model) {
        model.addAttribute("impact", impact.view(me, id.value()));
        model.addAttribute("kinds", ResultKind.values());
        model.addAttribute("levels", ContestLevel.values());
        model.addAttribute("publications", PublicationKind.values());
        model.addAttribute(
                "categories",
                List.of(
                        QualificationCategory.CONFORMITY,
                        QualificationCategory.FIRST,
                        QualificationCategory.HIGHEST,
                        QualificationCategory.METHODIST,
                        QualificationCategory.MENTOR));
        return "monitoring/programme-impact";
    }

    @PostMapping("/monitoring/programmes/{id}/impact/start")
    String start(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ProgrammeId id,
            @RequestParam(name = "score", required = false) List<String> scores,
            RedirectAttributes redirect) {
        UUID programme = id.value();
        return act(programme, redirect, () -> impact.start(me, programme, scores(scores)));
    }

    @PostMapping("/monitoring/programmes/{id}/impact/end")
    String end(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ProgrammeId id,
            @RequestParam(name = "score", required = false) List<String> scores,
            RedirectAttributes redirect) {
        UUID programme = id.value();
        return act(programme, redirect, () -> impact.end(me, programme, scores(scores)));
    }

    @PostMapping("/monitoring/programmes/{id}/impact/results")
    String record(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ProgrammeId id,
            ResultForm form,
            RedirectAttributes redirect) {
        UUID programme = id.value();
        return act(programme, redirect, () -> impact.record(me, programme, form.result()));
    }

    @PostMapping("/monitoring/programmes/{id}/impact/results/{result}/delete")
    String remove(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ProgrammeId id,
            @PathVariable ProgrammeResultId result,
            RedirectAttributes redirect) {
        UUID programme = id.value();
        UUID resultId = result.value();
        return act(programme, redirect, () -> impact.remove(me, programme, resultId));
    }

    /** A score that is not a number stays empty: the rule then names the item. */
    private static List<Integer> scores(List<String> scores) {
        return scores == null
                ? List.of()
                : scores.stream()
                        .map(s -> {
                            try {
                                return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
                            } catch (NumberFormatException e) {
                                return null;
                            }
                        })
                        .toList();
    }

    private static String act(UUID programme, RedirectAttributes redirect, Runnable action) {
        return Submit.to(
                "redirect:/monitoring/programmes/" + programme + "/impact", redirect, action::run, "review.saved");
    }
}
