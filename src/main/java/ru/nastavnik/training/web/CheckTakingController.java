package ru.nastavnik.training.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.FormPage;
import ru.nastavnik.training.MentorCourseId;
import ru.nastavnik.training.internal.CheckAttempts;
import ru.nastavnik.training.internal.CourseStepId;

/** The mentor takes the mastery check of her course step from her course page, and sees how her attempt stands. */
@Controller
@RequestMapping("/training/mentor-courses/{id}/steps/{step}/check")
class CheckTakingController {

    static final String TAKE = "training/check-take";
    /** Answer fields are named by the question's key after this prefix, so that nothing else in the form is taken. */
    static final String PREFIX = "a_";

    private final CheckAttempts attempts;

    CheckTakingController(CheckAttempts attempts) {
        this.attempts = attempts;
    }

    @GetMapping
    String sheet(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable MentorCourseId id,
            @PathVariable CourseStepId step,
            Model model) {
        model.addAttribute("sheet", attempts.sheet(me, id, step.value()));
        return TAKE;
    }

    /**
     * Her answers; a refused sheet (a question left unanswered) is shown again with every answer she gave kept, the
     * essay too, and the problem beside its question.
     */
    @PostMapping
    String submit(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable MentorCourseId id,
            @PathVariable CourseStepId step,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        Map<String, List<String>> answers = answers(form);
        return FormPage.listing(model, "problems", () -> {
                    model.addAttribute("sheet", attempts.sheet(me, id, step.value()));
                    model.addAttribute("given", answers);
                    return TAKE;
                })
                .submit(
                        redirect,
                        () -> attempts.submit(me, id, step.value(), answers),
                        "training.attempt.submitted",
                        "redirect:/training/mentor-courses/" + id + "/steps/" + step + "/check");
    }

    static Map<String, List<String>> answers(MultiValueMap<String, String> form) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith(PREFIX) && name.length() <= 60) {
                answers.put(name.substring(PREFIX.length()), new ArrayList<>(values));
            }
        });
        return answers;
    }
}
