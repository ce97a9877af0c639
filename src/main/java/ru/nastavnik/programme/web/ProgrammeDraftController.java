package ru.nastavnik.programme.web;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.programme.ProgrammeId;
import ru.nastavnik.programme.ProgrammeView;
import ru.nastavnik.programme.internal.ActivityRole;
import ru.nastavnik.programme.internal.PlanItem;
import ru.nastavnik.programme.internal.ProgrammeDrafts;
import ru.nastavnik.shared.StaleVersionException;
import ru.nastavnik.shared.VersionRequiredException;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.SavedMeanwhile;
import ru.nastavnik.shared.web.Submit;

/**
 * Writing a draft programme on its page: the pair's mentor and the curator. The details and each line of the plan
 * are saved on the programme's version the page was shown with; a stale save shows the page again with her input.
 */
@Controller
class ProgrammeDraftController {

    private final ProgrammeDrafts drafts;
    private final ProgrammePage page;

    ProgrammeDraftController(ProgrammeDrafts drafts, ProgrammePage page) {
        this.drafts = drafts;
        this.page = page;
    }

    /** The details form as she sent it. */
    record DetailsInput(String title, String goal, String tasks, Long version) {}

    /** A line of the plan as she sent it ({@code activity} from the address). */
    record ActivityInput(
            UUID activity,
            String need,
            String title,
            String form,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            ActivityRole responsible,
            String expectedResult,
            String reportForm,
            Long version) {

        PlanItem plan() {
            return new PlanItem(
                    blankToNull(need),
                    title,
                    blankToNull(form),
                    dueOn,
                    responsible,
                    blankToNull(expectedResult),
                    blankToNull(reportForm));
        }

        /** A line added to the plan: taken as sent, without a need (the add form names none). */
        PlanItem added() {
            return new PlanItem(null, title, form, dueOn, responsible, expectedResult, reportForm);
        }
    }

    @PostMapping("/mentorship/programmes/{id}/details")
    String describe(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ProgrammeId id,
            DetailsInput input,
            Model model,
            RedirectAttributes redirect) {
        UUID programme = id.value();
        return edit(
                me,
                programme,
                model,
                redirect,
                "typedDetails",
                input,
                () -> drafts.describe(me, programme, input.version(), input.title(), input.goal(), input.tasks()),
                saved -> saved);
    }

    @PostMapping("/mentorship/programmes/{id}/activities")
    String add(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ProgrammeId id,
            ActivityInput input,
            RedirectAttributes redirect) {
        UUID programme = id.value();
        return act(programme, redirect, () -> drafts.addActivity(me, programme, input.added()));
    }

    @PostMapping("/mentorship/programmes/{id}/activities/{activity}")
    String revise(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ProgrammeId id,
            ActivityInput input,
            Model model,
            RedirectAttributes redirect) {
        UUID programme = id.value();
        return edit(
                me,
                programme,
                model,
                redirect,
                "typedActivity",
                input,
                () -> drafts.reviseActivity(me, programme, input.activity(), input.version(), input.plan()),
                saved -> saved.activities().stream()
                        .filter(a -> a.id().equals(input.activity()))
                        .findFirst()
                        .orElse(null));
    }

    @PostMapping("/mentorship/programmes/{id}/activities/{activity}/delete")
    String remove(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ProgrammeId id,
            @PathVariable ActivityId activity,
            RedirectAttributes redirect) {
        UUID programme = id.value();
        return act(programme, redirect, () -> drafts.removeActivity(me, programme, activity.value()));
    }

    /**
     * A save of what she typed: on a stale version the page is shown again with her input in its form and, beside
     * it, what {@code savedPart} picks from the programme as saved now.
     */
    private String edit(
            NastavnikPrincipal me,
            UUID programme,
            Model model,
            RedirectAttributes redirect,
            String typedAttribute,
            Object typed,
            Supplier<ProgrammeView> save,
            Function<ProgrammeView, ?> savedPart) {
        try {
            return act(programme, redirect, save::get);
        } catch (StaleVersionException | VersionRequiredException e) {
            ProgrammeView saved = page.show(me, programme, model).programme();
            Object part = savedPart.apply(saved);
            // a line removed meanwhile has nothing to show beside her input
            SavedMeanwhile.show(model, typedAttribute, typed, part == null ? typed : part, "form.stale");
            return ProgrammePage.VIEW;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String act(UUID programme, RedirectAttributes redirect, Runnable action) {
        return Submit.to("redirect:/mentorship/programmes/" + programme, redirect, action::run, "mentorship.saved");
    }
}
