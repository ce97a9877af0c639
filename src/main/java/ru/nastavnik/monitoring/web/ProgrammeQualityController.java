package ru.nastavnik.monitoring.web;

import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.monitoring.internal.ProgrammeQuality;
import ru.nastavnik.programme.ProgrammeId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Submit;

/** A programme's process quality (stage 1 of its monitoring): mid-point check-ins, the curator's questionnaire, SWOT. */
@Controller
class ProgrammeQualityController {

    private final ProgrammeQuality quality;

    ProgrammeQualityController(ProgrammeQuality quality) {
        this.quality = quality;
    }

    @GetMapping("/monitoring/programmes/{id}/quality")
    String page(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable ProgrammeId id, Model model) {
        model.addAttribute("quality", quality.view(me, id.value()));
        return "monitoring/programme-quality";
    }

    @PostMapping("/monitoring/programmes/{id}/quality/checkin")
    String checkIn(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ProgrammeId id,
            QualityForms.CheckInForm form,
            RedirectAttributes redirect) {
        UUID programme = id.value();
        return act(programme, redirect, () -> quality.checkIn(me, programme, form.checkIn()));
    }

    @PostMapping("/monitoring/programmes/{id}/quality/curator")
    String answer(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ProgrammeId id,
            QualityForms.CuratorForm form,
            RedirectAttributes redirect) {
        UUID programme = id.value();
        return act(programme, redirect, () -> quality.answer(me, programme, form.answers()));
    }

    @PostMapping("/monitoring/programmes/{id}/quality/swot")
    String swot(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ProgrammeId id,
            QualityForms.SwotForm form,
            RedirectAttributes redirect) {
        UUID programme = id.value();
        return act(programme, redirect, () -> quality.fill(me, programme, form.swot()));
    }

    private static String act(UUID programme, RedirectAttributes redirect, Runnable action) {
        return Submit.to(
                "redirect:/monitoring/programmes/" + programme + "/quality", redirect, action::run, "review.saved");
    }
}
