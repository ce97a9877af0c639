package ru.nastavnik.events.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.documents.SafeFileName;
import ru.nastavnik.events.EventFile;
import ru.nastavnik.events.EventId;
import ru.nastavnik.events.EventView;
import ru.nastavnik.events.internal.EventManagement;
import ru.nastavnik.events.internal.OrganiserDocuments;
import ru.nastavnik.shared.StaleVersionException;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.FormPage;
import ru.nastavnik.shared.web.SavedMeanwhile;
import ru.nastavnik.shared.web.Submit;

/** The organiser's documents: the announcement, the attendance sheet, the protocol's form and the protocol itself (DOCX or PDF). */
@Controller
class EventDocumentController {

    static final String PROTOCOL_FORM = "events/protocol-form";

    private final OrganiserDocuments documents;
    private final EventManagement management;

    EventDocumentController(OrganiserDocuments documents, EventManagement management) {
        this.documents = documents;
        this.management = management;
    }

    @GetMapping("/events/{id}/attendance-sheet")
    ResponseEntity<byte[]> attendanceSheet(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable EventId id,
            @RequestParam(defaultValue = "docx") String format) {
        return download(documents.attendanceSheet(me, id, "pdf".equals(format)));
    }

    /** A planned event's agenda outside its hours is refused: the edit, where she corrects it, says why. */
    @GetMapping("/events/{id}/announcement")
    Object announcement(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable EventId id,
            @RequestParam(defaultValue = "docx") String format,
            RedirectAttributes redirect) {
        return Submit.made(redirect, () -> download(documents.announcement(me, id, "pdf".equals(format))), null)
                .<Object>map(file -> file)
                .orElse("redirect:/events/" + id + "/edit");
    }

    @GetMapping("/events/{id}/protocol")
    Object protocol(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable EventId id,
            @RequestParam(defaultValue = "docx") String format,
            RedirectAttributes redirect) {
        return Submit.made(redirect, () -> download(documents.protocol(me, id, "pdf".equals(format))), null)
                .<Object>map(file -> file)
                .orElse("redirect:/events/" + id + "/protocol/edit");
    }

    @GetMapping("/events/{id}/protocol/edit")
    String protocolForm(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable EventId id, Model model) {
        EventView event = management.editable(me, id);
        if (!model.containsAttribute("protocolForm")) {
            model.addAttribute("protocolForm", ProtocolForm.of(event));
        }
        model.addAttribute("event", event);
        return PROTOCOL_FORM;
    }

    @PostMapping("/events/{id}/protocol")
    String saveProtocol(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable EventId id,
            @ModelAttribute("protocolForm") ProtocolForm protocolForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        EventView event = management.editable(me, id);
        model.addAttribute("event", event);
        try {
            return FormPage.of(model, result, () -> PROTOCOL_FORM)
                    .submit(
                            redirect,
                            () -> documents.saveProtocol(me, id, protocolForm.getVersion(), protocolForm.details()),
                            "event.protocol.saved",
                            "redirect:/events/" + id);
        } catch (StaleVersionException e) {
            SavedMeanwhile.show(model, result, protocolForm, ProtocolForm.of(event), event.version(), "event.stale");
            return PROTOCOL_FORM;
        }
    }

    static ResponseEntity<byte[]> download(EventFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, SafeFileName.attachment(file.fileName()))
                .body(file.content());
    }
}
