package ru.nastavnik.programme.web;

import java.io.IOException;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.mentorship.DocumentFile;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.OrderRegister;
import ru.nastavnik.programme.ProgrammeDocument;
import ru.nastavnik.programme.ProgrammeId;
import ru.nastavnik.programme.internal.ProgrammeManagement;
import ru.nastavnik.programme.internal.ProgrammePractices;
import ru.nastavnik.programme.internal.ProgrammeWork;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.FormPage;
import ru.nastavnik.shared.web.RequestedOrganisation;
import ru.nastavnik.shared.web.Submit;

/**
 * Programmes: the curator's overview, a programme's page for the curator and the pair (with its document as DOCX
 * or PDF, and, once completed, the proposal as a best practice).
 */
@Controller
class ProgrammeController {

    private final ProgrammeManagement programmes;
    private final ProgrammeDocument programmeDocument;
    private final ProgrammePractices practices;
    private final ProgrammePage page;
    private final OrderRegister orders;
    private final ProgrammeWork work;

    ProgrammeController(
            ProgrammeManagement programmes,
            ProgrammeDocument programmeDocument,
            ProgrammePractices practices,
            ProgrammePage page,
            OrderRegister orders,
            ProgrammeWork work) {
        this.work = work;
        this.page = page;
        this.orders = orders;
        this.programmes = programmes;
        this.programmeDocument = programmeDocument;
        this.practices = practices;
    }

    @GetMapping("/mentorship/programmes")
    String list(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            Model model) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        model.addAttribute("programmes", programmes.list(me, org));
        model.addAttribute("approvedByOrder", orders.approvedByOrder(me, org));
        model.addAttribute("organisationId", org);
        return "programme/programme-list";
    }

    @PostMapping("/mentorship/pairs/{id}/programme")
    String create(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable MentorshipId id,
            RedirectAttributes redirect) {
        return Submit.made(redirect, () -> programmes.create(me, id), "programme.created")
                .map(created -> "redirect:/mentorship/programmes/" + created.id())
                .orElse("redirect:/mentorship/pairs/" + id);
    }

    @GetMapping("/mentorship/programmes/{id}")
    String card(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable ProgrammeId id, Model model) {
        page.show(me, id.value(), model);
        return ProgrammePage.VIEW;
    }

    @GetMapping("/mentorship/programmes/{id}/document")
    ResponseEntity<byte[]> document(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable ProgrammeId id) {
        return Downloads.docx(programmeDocument.docx(me, id.value()));
    }

    @GetMapping("/mentorship/programmes/{id}/document.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable ProgrammeId id) {
        return Downloads.pdf(programmeDocument.pdf(me, id.value()));
    }

    @PostMapping("/mentorship/programmes/{id}/activities/{activity}/done")
    String done(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ProgrammeId id,
            @PathVariable ActivityId activity,
            @RequestParam(defaultValue = "true") boolean done,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        UUID programme = id.value();
        return act(programme, redirect, () -> work.markDone(me, programme, activity.value(), done, note));
    }

    @PostMapping("/mentorship/programmes/{id}/activities/{activity}/evidence")
    String evidence(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ProgrammeId id,
            @PathVariable ActivityId activity,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String url,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        UUID programme = id.value();
        boolean none = file == null || file.isEmpty();
        var content = none ? null : file.getInputStream();
        return act(
                programme,
                redirect,
                () -> work.addEvidence(
                        me,
                        programme,
                        activity.value(),
                        title,
                        url,
                        content,
                        none ? null : file.getOriginalFilename()));
    }

    @GetMapping("/mentorship/programmes/{id}/evidence/{evidence}")
    ResponseEntity<byte[]> evidenceFile(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ProgrammeId id,
            @PathVariable EvidenceId evidence) {
        DocumentFile file = work.evidenceFile(me, id.value(), evidence.value());
        return Downloads.file(file.content(), file.name(), "application/octet-stream");
    }

    /** Refused, the page is shown again with the meeting as she typed it and the problem beside its field. */
    @PostMapping("/mentorship/programmes/{id}/meetings")
    String meeting(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ProgrammeId id,
            @ModelAttribute MeetingForm meetingForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID programme = id.value();
        return FormPage.of(model, result, () -> again(me, programme, model))
                .submit(
                        redirect,
                        () -> work.logMeeting(
                                me,
                                programme,
                                meetingForm.getHeldOn(),
                                meetingForm.getTopic(),
                                meetingForm.getOutcome()),
                        "mentorship.saved",
                        "redirect:/mentorship/programmes/" + programme);
    }

    @PostMapping("/mentorship/programmes/{id}/comments")
    String comment(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ProgrammeId id,
            @RequestParam(required = false) String text,
            RedirectAttributes redirect) {
        UUID programme = id.value();
        return act(programme, redirect, () -> work.comment(me, programme, text));
    }

    @PostMapping("/mentorship/programmes/{id}/evaluation")
    String evaluate(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ProgrammeId id,
            @RequestParam(required = false) String text,
            RedirectAttributes redirect) {
        UUID programme = id.value();
        return act(programme, redirect, () -> work.evaluate(me, programme, text));
    }

    /** Refused, the page is shown again with her edited title, summary and sections, not the draft they were prefilled with. */
    @PostMapping("/mentorship/programmes/{id}/practice")
    String propose(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ProgrammeId id,
            @ModelAttribute PracticeForm practiceForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID programme = id.value();
        return FormPage.of(model, result, () -> again(me, programme, model))
                .submit(
                        redirect,
                        () -> practices.propose(me, programme, practiceForm.description()),
                        "programme.practice.proposed",
                        "redirect:/mentorship/programmes/" + programme);
    }

    @PostMapping("/mentorship/programmes/{id}/approve")
    String approve(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable ProgrammeId id, RedirectAttributes redirect) {
        UUID programme = id.value();
        return act(programme, redirect, () -> programmes.approve(me, programme));
    }

    @PostMapping("/mentorship/programmes/{id}/complete")
    String complete(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ProgrammeId id,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        UUID programme = id.value();
        return act(programme, redirect, () -> programmes.complete(me, programme, confirmed, reason));
    }

    private String again(NastavnikPrincipal me, UUID programme, Model model) {
        page.show(me, programme, model);
        return ProgrammePage.VIEW;
    }

    private String act(UUID programme, RedirectAttributes redirect, Runnable action) {
        return Submit.to("redirect:/mentorship/programmes/" + programme, redirect, action::run, "mentorship.saved");
    }
}
