package ru.nastavnik.documents.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.context.MessageSource;
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
import ru.nastavnik.documents.DocumentTemplates;
import ru.nastavnik.documents.FileType;
import ru.nastavnik.documents.SafeFileName;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.StaleVersionException;
import ru.nastavnik.shared.VersionRequiredException;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;
import ru.nastavnik.shared.web.RequestedOrganisation;
import ru.nastavnik.shared.web.Submit;

/** An organisation's document templates: download, edit in Word or LibreOffice, upload back, or reset. */
@Controller
@RequestMapping("/documents/templates")
class TemplateController {

    static final String LIST = "documents/template-list";

    private final DocumentTemplates templates;
    private final MessageSource messages;

    TemplateController(DocumentTemplates templates, MessageSource messages) {
        this.messages = messages;
        this.templates = templates;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(name = "organisation", required = false) OrganisationId organisation,
            Model model) {
        OrganisationId organisationId = RequestedOrganisation.get(me, organisation);
        model.addAttribute("organisationId", organisationId);
        model.addAttribute("templates", templates.list(me, organisationId));
        return LIST;
    }

    @GetMapping("/{kind}")
    void download(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable String kind,
            @RequestParam("organisation") OrganisationId organisation,
            @RequestParam(name = "builtIn", defaultValue = "false") boolean builtIn,
            HttpServletResponse response)
            throws IOException {
        OrganisationId organisationId = organisation;
        byte[] content = templates.download(me, organisationId, kind);
        if (builtIn) {
            content = templates.builtIn(kind);
        }
        response.setContentType(FileType.DOCX.contentType());
        response.setHeader("Content-Disposition", SafeFileName.attachment(TemplateFileName.of(messages, kind)));
        response.getOutputStream().write(content);
    }

    @PostMapping("/{kind}")
    String upload(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable String kind,
            @RequestParam("organisation") OrganisationId organisation,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect)
            throws IOException {
        OrganisationId organisationId = organisation;
        try {
            Submit.done(
                    redirect,
                    () -> {
                        try (InputStream in = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
                            templates.upload(
                                    me,
                                    organisationId,
                                    kind,
                                    in,
                                    file == null ? null : file.getOriginalFilename(),
                                    version);
                        }
                    },
                    "template.uploaded");
        } catch (StaleVersionException | VersionRequiredException e) {
            // a file cannot be put back into the form: she is told what is in use now and chooses hers again
            Flash.error(redirect, "template.stale");
        }
        return "redirect:/documents/templates?organisation=" + organisationId;
    }

    @PostMapping("/{kind}/reset")
    String reset(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable String kind,
            @RequestParam("organisation") OrganisationId organisation,
            RedirectAttributes redirect) {
        OrganisationId organisationId = organisation;
        templates.reset(me, organisationId, kind);
        Flash.success(redirect, "template.reset");
        return "redirect:/documents/templates?organisation=" + organisationId;
    }
}
