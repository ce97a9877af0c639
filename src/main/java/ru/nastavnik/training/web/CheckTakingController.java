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
import ru.nastavnik.shared.web.Submit;
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

    @PostMapping
    String submit(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable MentorCourseId id,
            @PathVariable CourseStepId step,
            @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        return Submit.to(
                "redirect:/training/mentor-courses/" + id + "/steps/" + step + "/check",
                redirect,
                () -> attempts.submit(me, id, step.value(), answers(form)),
                "training.attempt.submitted");
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
