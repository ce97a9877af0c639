package ru.nastavnik.consent.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.GeneratedFile;
import ru.nastavnik.consent.internal.FormFiles;
import ru.nastavnik.consent.internal.FormFormat;
import ru.nastavnik.consent.internal.FormJobs;
import ru.nastavnik.documents.SafeFileName;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Submit;

/** Printing consent forms: one person's at once, a batch in the background with a progress bar. */
@Controller
class ConsentFormController {

    static final String PROGRESS = "consent/form-job";
    static final String PROGRESS_FRAGMENT = "consent/_form-job-status";

    private final FormFiles forms;
    private final FormJobs jobs;
    private final StaffManagement staff;

    ConsentFormController(FormFiles forms, FormJobs jobs, StaffManagement staff) {
        this.forms = forms;
        this.jobs = jobs;
        this.staff = staff;
    }

    @GetMapping("/consent/persons/{personId}/form")
    void single(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable PersonId personId,
            @RequestParam ConsentPurpose purpose,
            @RequestParam(defaultValue = "pdf") String format,
            HttpServletResponse response)
            throws IOException {
        PersonId person = personId;
        OrganisationId organisation = staff.organisationOf(me, person);
        send(
                response,
                forms.generate(me, organisation, purpose, List.of(person), FormFormat.parse(format), false, n -> {}));
    }

    @PostMapping("/consent/forms")
    String batch(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam("organisation") OrganisationId organisation,
            @RequestParam ConsentPurpose purpose,
            FormsBatch batch,
            RedirectAttributes redirect) {
        return Submit.made(
                        redirect, () -> jobs.start(me, organisation, purpose, batch.people(), batch.fileFormat()), null)
                .map(job -> "redirect:/consent/forms/" + job)
                .orElse("redirect:/consent/consents?organisation=" + organisation + "&purpose=" + purpose);
    }

    @GetMapping("/consent/forms/{job}")
    String progress(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable String job,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("job", jobs.status(me, job));
        return htmx == null ? PROGRESS : PROGRESS_FRAGMENT;
    }

    @GetMapping("/consent/forms/{job}/file")
    void file(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable String job, HttpServletResponse response)
            throws IOException {
        send(response, jobs.result(me, job));
    }

    static void send(HttpServletResponse response, GeneratedFile file) throws IOException {
        response.setContentType(file.contentType());
        response.setHeader("Content-Disposition", SafeFileName.attachment(file.name()));
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }
}
