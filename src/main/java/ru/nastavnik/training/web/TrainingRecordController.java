package ru.nastavnik.training.web;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.FormPage;
import ru.nastavnik.training.internal.ExternalCourses;
import ru.nastavnik.training.internal.TrainingRecord;
import ru.nastavnik.training.internal.TrainingRecordDocument;
import ru.nastavnik.training.internal.TrainingRecords;

/** A person's training record: her own, or one of her school's staff for the curator; the document of it; adding a course. */
@Controller
class TrainingRecordController {

    static final String VIEW = "training/record";

    private final TrainingRecords records;
    private final ExternalCourses courses;
    private final TrainingRecordDocument document;

    TrainingRecordController(TrainingRecords records, ExternalCourses courses, TrainingRecordDocument document) {
        this.records = records;
        this.courses = courses;
        this.document = document;
    }

    @GetMapping("/training/record")
    String mine(@AuthenticationPrincipal NastavnikPrincipal me, Model model) {
        java.util.Optional<PersonId> own = records.own(me);
        if (own.isEmpty()) {
            // an account not linked to a staff record has no training of its own to show
            model.addAttribute("record", null);
            return VIEW;
        }
        return show(me, own.get(), true, model);
    }

    @GetMapping("/training/persons/{person}/record")
    String of(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable PersonId person, Model model) {
        return show(me, person, records.own(me).filter(person::equals).isPresent(), model);
    }

    @GetMapping("/training/record/document")
    ResponseEntity<byte[]> myDocument(@AuthenticationPrincipal NastavnikPrincipal me) {
        return MaterialController.file(document.docx(me, own(me)));
    }

    @GetMapping("/training/persons/{person}/record/document")
    ResponseEntity<byte[]> document(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable PersonId person) {
        return MaterialController.file(document.docx(me, person));
    }

    /**
     * A course she took (for herself, or the curator's for one of her staff). A refused one shows the record again with
     * everything typed kept and each problem beside its field; only the file must be chosen again, as no browser lets a
     * page fill a file field.
     */
    @PostMapping("/training/courses")
    String record(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) PersonId person,
            CourseForm form,
            @RequestParam(name = "certificate", required = false) MultipartFile certificate,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        boolean scan = certificate != null && !certificate.isEmpty();
        try (InputStream in = scan ? certificate.getInputStream() : null) {
            return FormPage.listing(model, "courseProblems", () -> {
                        model.addAttribute("courseInput", form);
                        model.addAttribute("certificateAgain", scan);
                        return person == null ? mine(me, model) : of(me, person, model);
                    })
                    .submit(
                            redirect,
                            () -> courses.record(
                                    me, person, form.draft(), in, scan ? certificate.getOriginalFilename() : null),
                            "training.course.recorded",
                            person == null
                                    ? "redirect:/training/record"
                                    : "redirect:/training/persons/" + person + "/record");
        }
    }

    private String show(NastavnikPrincipal me, PersonId person, boolean self, Model model) {
        TrainingRecord record = records.of(me, person);
        model.addAttribute("record", record);
        model.addAttribute("self", self);
        model.addAttribute("mayDecide", records.mayDecide(me, record.organisation()));
        return VIEW;
    }

    private PersonId own(NastavnikPrincipal me) {
        return records.own(me).orElseThrow(NotFoundException::new);
    }
}
