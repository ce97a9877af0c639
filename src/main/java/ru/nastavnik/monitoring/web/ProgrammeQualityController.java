package ru.nastavnik.monitoring.web;

import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.monitoring.CuratorAnswers;
import ru.nastavnik.monitoring.NewCheckIn;
import ru.nastavnik.monitoring.ProgrammeQuality;
import ru.nastavnik.monitoring.Swot;
import ru.nastavnik.programme.ProgrammeId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;

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
            @RequestParam(required = false) String meetingsHeld,
            @RequestParam(required = false) String progress,
            @RequestParam(required = false) String difficulties,
            @RequestParam(required = false) String satisfaction,
            RedirectAttributes redirect) {
        UUID programme = id.value();
        return act(
                programme,
                redirect,
                () -> quality.checkIn(
                        me,
                        programme,
                        new NewCheckIn(number(meetingsHeld), progress, difficulties, number(satisfaction))));
    }

    @PostMapping("/monitoring/programmes/{id}/quality/curator")
    String answer(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ProgrammeId id,
            @RequestParam(required = false) String planFollowed,
            @RequestParam(required = false) String pairInteraction,
            @RequestParam(required = false) String supportSufficient,
            @RequestParam(required = false) String conclusions,
            RedirectAttributes redirect) {
        UUID programme = id.value();
        return act(
                programme,
                redirect,
                () -> quality.answer(
                        me,
                        programme,
                        new CuratorAnswers(
                                number(planFollowed),
                                number(pairInteraction),
                                number(supportSufficient),
                                conclusions)));
    }

    @PostMapping("/monitoring/programmes/{id}/quality/swot")
    String swot(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ProgrammeId id,
            @RequestParam(required = false) String strengths,
            @RequestParam(required = false) String weaknesses,
            @RequestParam(required = false) String opportunities,
            @RequestParam(required = false) String threats,
            RedirectAttributes redirect) {
        UUID programme = id.value();
        return act(
                programme,
                redirect,
                () -> quality.fill(me, programme, new Swot(strengths, weaknesses, opportunities, threats)));
    }

    /** A number that does not parse stays empty: the rule then names the field. */
    private static Integer number(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String act(UUID programme, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            Flash.success(redirect, "review.saved");
        } catch (InvalidInputException e) {
            Flash.error(redirect, e);
        }
        return "redirect:/monitoring/programmes/" + programme + "/quality";
    }
}
