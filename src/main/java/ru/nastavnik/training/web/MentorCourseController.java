package ru.nastavnik.training.web;

import java.util.UUID;
import org.springframework.data.domain.PageRequest;
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
import ru.nastavnik.training.MentorCourseId;
import ru.nastavnik.training.internal.CourseStepId;
import ru.nastavnik.training.internal.MasteryChecks;
import ru.nastavnik.training.internal.MaterialManagement;
import ru.nastavnik.training.internal.MaterialQuery;
import ru.nastavnik.training.internal.MentorCourseView;
import ru.nastavnik.training.internal.MentorCourses;
import ru.nastavnik.training.internal.NewStep;
import ru.nastavnik.training.internal.StepKind;

/** The mentor course («Школа наставника»): the list, a course with its ordered steps, the mentor's progress, editing. */
@Controller
@RequestMapping("/training/mentor-courses")
class MentorCourseController {

    static final String LIST = "training/mentor-course-list";
    static final String DETAIL = "training/mentor-course-detail";
    static final String PROGRESS = "training/mentor-course-progress";

    private final MentorCourses courses;
    private final MaterialManagement materials;
    private final MasteryChecks checks;

    MentorCourseController(MentorCourses courses, MaterialManagement materials, MasteryChecks checks) {
        this.courses = courses;
        this.materials = materials;
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
        var list = courses.list(me, org);
        model.addAttribute("courses", list);
        model.addAttribute("organisationId", org);
        model.addAttribute(
                "hasOwn", list.stream().anyMatch(c -> c.organisation().equals(org)));
        model.addAttribute("mayPublish", courses.mayEdit(me, org));
        return LIST;
    }

    @PostMapping
    String publish(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam OrganisationId organisation,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String description,
            RedirectAttributes redirect) {
        return Submit.made(
                        redirect,
                        () -> courses.publish(me, organisation, title, description),
                        "training.mentorCourse.published")
                .map(course -> "redirect:/training/mentor-courses/" + course.id())
                .orElse("redirect:/training/mentor-courses?organisation=" + organisation);
    }

    @PostMapping("/default")
    String publishDefault(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam OrganisationId organisation,
            RedirectAttributes redirect) {
        return Submit.made(
                        redirect,
                        () -> courses.publishDefault(me, organisation),
                        "training.mentorCourse.default.created")
                .map(course -> "redirect:/training/mentor-courses/" + course.id())
                .orElse("redirect:/training/mentor-courses?organisation=" + organisation);
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable MentorCourseId id, Model model) {
        MentorCourseView course = courses.get(me, id);
        boolean mayEdit = courses.mayEdit(me, course.organisation());
        model.addAttribute("course", course);
        model.addAttribute("mine", courses.mine(me, id).orElse(null));
        model.addAttribute("mayEdit", mayEdit);
        model.addAttribute("kinds", StepKind.values());
        model.addAttribute(
                "school",
                me.homeOrganisation().filter(o -> courses.mayEdit(me, o)).orElse(null));
        if (mayEdit) {
            model.addAttribute(
                    "materials",
                    materials
                            .search(me, course.organisation(), MaterialQuery.all(), PageRequest.of(0, 200))
                            .getContent());
            model.addAttribute("sessions", courses.sessionsFor(me, id));
            model.addAttribute("checks", checks.list(me, course.organisation()));
        }
        return DETAIL;
    }

    @GetMapping("/{id}/progress")
    String progress(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable MentorCourseId id,
            @RequestParam(required = false) OrganisationId organisation,
            Model model) {
        OrganisationId school =
                organisation != null ? organisation : me.homeOrganisation().orElseThrow(NotFoundException::new);
        model.addAttribute("progress", courses.progressIn(me, school, id));
        model.addAttribute("course", courses.get(me, school, id));
        return PROGRESS;
    }

    @PostMapping("/{id}/steps")
    String addStep(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable MentorCourseId id,
            StepForm form,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        NewStep step = form.step();
        return change(id, redirect, "training.mentorCourse.saved", () -> courses.addStep(me, id, step, version));
    }

    @PostMapping("/{id}/steps/{step}/move")
    String move(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable MentorCourseId id,
            @PathVariable CourseStepId step,
            @RequestParam(defaultValue = "1") int delta,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        UUID which = step.value();
        return change(
                id, redirect, "training.mentorCourse.saved", () -> courses.moveStep(me, id, which, delta, version));
    }

    @PostMapping("/{id}/steps/{step}/delete")
    String remove(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable MentorCourseId id,
            @PathVariable CourseStepId step,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        UUID which = step.value();
        return change(id, redirect, "training.mentorCourse.saved", () -> courses.removeStep(me, id, which, version));
    }

    @PostMapping("/{id}/steps/{step}/done")
    String done(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable MentorCourseId id,
            @PathVariable CourseStepId step,
            RedirectAttributes redirect) {
        UUID which = step.value();
        return change(id, redirect, "training.progress.stepDone", () -> courses.markDone(me, id, which));
    }

    private static String change(MentorCourseId id, RedirectAttributes redirect, String done, Runnable action) {
        Submit.versioned(redirect, "training.mentorCourse.savedMeanwhile", action::run, done);
        return "redirect:/training/mentor-courses/" + id;
    }
}
