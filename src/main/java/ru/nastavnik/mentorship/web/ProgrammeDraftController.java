package ru.nastavnik.mentorship.web;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.nastavnik.mentorship.ActivityRole;
import ru.nastavnik.mentorship.PlanItem;
import ru.nastavnik.mentorship.ProgrammeDrafts;
import ru.nastavnik.shared.Ids;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;

/** Writing a draft programme on its page: the pair's mentor and the curator. */
@Controller
class ProgrammeDraftController {

    private final ProgrammeDrafts drafts;

    ProgrammeDraftController(ProgrammeDrafts drafts) {
        this.drafts = drafts;
    }

    @PostMapping("/mentorship/programmes/{id}/details")
    String describe(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable String id,
            @RequestParam(required = false) String title, @RequestParam(required = false) String goal,
            @RequestParam(required = false) String tasks, RedirectAttributes redirect) {
        UUID programme = Ids.parse(id);
        return act(programme, redirect, () -> drafts.describe(me, programme, title, goal, tasks));
    }

    @PostMapping("/mentorship/programmes/{id}/activities")
    String add(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable String id,
            @RequestParam(required = false) String title, @RequestParam(required = false) String form,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            @RequestParam(required = false) ActivityRole responsible, @RequestParam(required = false) String expectedResult,
            RedirectAttributes redirect) {
        UUID programme = Ids.parse(id);
        return act(programme, redirect, () -> drafts.addActivity(me, programme,
                new PlanItem(null, title, form, dueOn, responsible, expectedResult, null)));
    }

    @PostMapping("/mentorship/programmes/{id}/activities/{activity}")
    String revise(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable String id, @PathVariable String activity,
            @RequestParam(required = false) String need, @RequestParam(required = false) String title,
            @RequestParam(required = false) String form,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            @RequestParam(required = false) ActivityRole responsible, @RequestParam(required = false) String expectedResult,
            @RequestParam(required = false) String reportForm, RedirectAttributes redirect) {
        UUID programme = Ids.parse(id);
        return act(programme, redirect, () -> drafts.reviseActivity(me, programme, Ids.parse(activity), new PlanItem(
                blankToNull(need), title, blankToNull(form), dueOn, responsible, blankToNull(expectedResult), blankToNull(reportForm))));
    }

    @PostMapping("/mentorship/programmes/{id}/activities/{activity}/delete")
    String remove(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable String id, @PathVariable String activity,
            RedirectAttributes redirect) {
        UUID programme = Ids.parse(id);
        return act(programme, redirect, () -> drafts.removeActivity(me, programme, Ids.parse(activity)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String act(UUID programme, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            Flash.success(redirect, "mentorship.saved");
        } catch (InvalidInputException e) {
            Flash.error(redirect, e);
        }
        return "redirect:/mentorship/programmes/" + programme;
    }
}
