package ru.nastavnik.training.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.StaleVersionException;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;
import ru.nastavnik.shared.web.FormPage;
import ru.nastavnik.shared.web.RequestedOrganisation;
import ru.nastavnik.shared.web.Submit;
import ru.nastavnik.training.internal.CourseId;
import ru.nastavnik.training.internal.CourseStatus;
import ru.nastavnik.training.internal.CourseView;
import ru.nastavnik.training.internal.ExternalCourses;
import ru.nastavnik.training.internal.TrainingRecords;

/** The curator's list of external courses to decide on; a course's correction, certificate and the decision on it. */
@Controller
@RequestMapping("/training/courses")
class CourseController {

    static final String LIST = "training/course-list";
    static final String EDIT = "training/course-edit";

    private final ExternalCourses courses;
    private final TrainingRecords records;

    CourseController(ExternalCourses courses, TrainingRecords records) {
        this.courses = courses;
        this.records = records;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            @RequestParam(required = false) CourseStatus status,
            Model model) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        CourseStatus shown = status == null ? CourseStatus.SUBMITTED : status;
        model.addAttribute("courses", records.inState(me, org, shown));
        model.addAttribute("status", shown);
        model.addAttribute("statuses", CourseStatus.values());
        model.addAttribute("organisationId", org);
        return LIST;
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable CourseId id, Model model) {
        model.addAttribute("course", courses.get(me, id));
        return EDIT;
    }

    /** A correction; a refused one shows the form again as she typed it, each problem beside its field. */
    @PostMapping("/{id}")
    String save(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable CourseId id,
            CourseForm form,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        CourseView course = courses.get(me, id);
        try {
            return FormPage.listing(model, "courseProblems", () -> {
                        model.addAttribute("course", course);
                        model.addAttribute("courseInput", form);
                        return EDIT;
                    })
                    .submit(
                            redirect,
                            () -> courses.edit(me, id, form.draft(), version),
                            "training.course.saved",
                            back(me, course));
        } catch (StaleVersionException meanwhile) {
            // saved by someone else meanwhile: she opens the course again and sees what is saved now
            Flash.error(redirect, "training.course.savedMeanwhile");
            return "redirect:/training/courses/" + id + "/edit";
        }
    }

    @PostMapping("/{id}/confirm")
    String confirm(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable CourseId id, RedirectAttributes redirect) {
        return decide(me, id, redirect, () -> courses.confirm(me, id), "training.course.confirmedMessage");
    }

    @PostMapping("/{id}/return")
    String giveBack(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable CourseId id,
            @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        return decide(me, id, redirect, () -> courses.giveBack(me, id, comment), "training.course.returnedMessage");
    }

    @PostMapping("/{id}/certificate")
    String certificate(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable CourseId id,
            @RequestParam(name = "certificate", required = false) MultipartFile certificate,
            RedirectAttributes redirect)
            throws IOException {
        try (InputStream in = certificate == null || certificate.isEmpty() ? null : certificate.getInputStream()) {
            return decide(
                    me,
                    id,
                    redirect,
                    () -> courses.attachCertificate(
                            me, id, in, certificate == null ? null : certificate.getOriginalFilename()),
                    "training.course.certificateAttached");
        }
    }

    @GetMapping("/{id}/certificate")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable CourseId id) {
        return MaterialController.file(courses.certificate(me, id));
    }

    private String decide(
            NastavnikPrincipal me, CourseId id, RedirectAttributes redirect, Supplier<CourseView> action, String done) {
        CourseView course = courses.get(me, id);
        Submit.done(redirect, action::get, done);
        return back(me, course);
    }

    /** Back to the person's record: her own page for herself, the curator's page of her otherwise. */
    private String back(NastavnikPrincipal me, CourseView course) {
        return records.own(me).filter(course.person()::equals).isPresent()
                ? "redirect:/training/record"
                : "redirect:/training/persons/" + course.person() + "/record";
    }
}
