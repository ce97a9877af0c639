package ru.nastavnik.people.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
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
import ru.nastavnik.documents.SafeFileName;
import ru.nastavnik.people.internal.ImportChoices;
import ru.nastavnik.people.internal.ImportResult;
import ru.nastavnik.people.internal.StaffAccess;
import ru.nastavnik.people.internal.StaffExport;
import ru.nastavnik.people.internal.StaffField;
import ru.nastavnik.people.internal.StaffImport;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;
import ru.nastavnik.shared.web.PageRefusal;

/**
 * Import in three steps — upload, preview (header row, columns, and per row a correction, «leave out» or «merge»;
 * each check is a dry run), import — with the rows left out to download; and export to XLSX.
 */
@Controller
@RequestMapping("/people/staff")
class StaffImportController {

    static final String UPLOAD = "people/staff-import";
    static final String MAPPING = "people/staff-import-mapping";
    private static final String SESSION_PREFIX = "staffImport:";

    private final StaffImport imports;
    private final StaffExport export;
    private final StaffAccess access;
    private final ImportUploads uploads;
    private final CurrentOrganisation current;
    private final LeftOutWorkbook leftOut;

    StaffImportController(
            StaffImport imports,
            StaffExport export,
            StaffAccess access,
            ImportUploads uploads,
            CurrentOrganisation current,
            LeftOutWorkbook leftOut) {
        this.leftOut = leftOut;
        this.imports = imports;
        this.export = export;
        this.access = access;
        this.uploads = uploads;
        this.current = current;
    }

    @GetMapping("/import")
    String uploadForm(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(name = "organisation", required = false) OrganisationId organisation,
            Model model) {
        OrganisationId organisationId = current.resolve(me, organisation).orElseThrow(NotFoundException::new);
        access.check(me, organisationId);
        model.addAttribute("organisationId", organisationId);
        model.addAttribute("fields", StaffField.values());
        return UPLOAD;
    }

    @PostMapping("/import")
    String upload(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam("organisation") OrganisationId organisation,
            @RequestParam(name = "file", required = false) MultipartFile file,
            HttpSession session,
            Model model) {
        OrganisationId organisationId = organisation;
        access.check(me, organisationId);
        return PageRefusal.read(model, "uploadError", () -> {
                    ImportUploads.Upload upload = uploads.store(file);
                    session.setAttribute(
                            SESSION_PREFIX + upload.token(),
                            new PendingImport(organisationId.toString(), upload.originalName(), false));
                    ImportResult check = uploads.read(
                            upload.token(),
                            path -> imports.run(
                                    me, organisationId, path, upload.originalName(), null, ImportChoices.NONE, true));
                    return mappingPage(model, organisationId, upload.token(), upload.originalName(), check);
                })
                .orElseGet(() -> uploadForm(me, organisation, model));
    }

    /** Checks again with the curator's choices, or imports with them: the rows left out go to a workbook to download. */
    @PostMapping("/import/{token}")
    String check(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable String token,
            @RequestParam Map<String, String> params,
            @RequestParam(name = "action", defaultValue = "check") String action,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        PendingImport pending = pending(session, token);
        if (pending.done()) {
            throw new NotFoundException();
        }
        boolean commit = "import".equals(action);
        ImportResult result = uploads.read(
                token,
                path -> imports.run(
                        me,
                        pending.organisation(),
                        path,
                        pending.originalName(),
                        PreviewForm.mapping(params),
                        PreviewForm.choices(params),
                        !commit));
        if (!result.leftOut().isEmpty()) {
            uploads.writeLeftOut(token, out -> leftOut.write(result, out));
        }
        if (result.stored()) {
            session.setAttribute(
                    SESSION_PREFIX + token, new PendingImport(pending.organisationId(), pending.originalName(), true));
            uploads.delete(token);
            Flash.success(redirect, "import.done", result.created(), result.updated(), result.unchanged());
            if (!result.leftOut().isEmpty() || !result.warnings().isEmpty()) {
                redirect.addFlashAttribute(
                        "importLeftOut",
                        new LeftOutLink(
                                token,
                                result.leftOut().size(),
                                result.warnings().size()));
            }
            return "redirect:/people/staff?organisation=" + pending.organisation();
        }
        return mappingPage(model, pending.organisation(), token, pending.originalName(), result);
    }

    @GetMapping("/import/{token}/left-out")
    void leftOut(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable String token,
            HttpSession session,
            HttpServletResponse response)
            throws IOException {
        PendingImport pending = pending(session, token);
        access.check(me, pending.organisation());
        try (InputStream file = uploads.openLeftOut(token).orElseThrow(NotFoundException::new)) {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader(
                    "Content-Disposition", SafeFileName.attachment(leftOut.fileName(pending.originalName())));
            file.transferTo(response.getOutputStream());
        }
    }

    @GetMapping("/export")
    void export(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(name = "organisation", required = false) OrganisationId organisation,
            HttpServletResponse response)
            throws IOException {
        OrganisationId organisationId = current.resolve(me, organisation).orElseThrow(NotFoundException::new);
        access.check(me, organisationId);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", SafeFileName.attachment(export.fileName(organisationId)));
        export.write(me, organisationId, response.getOutputStream());
    }

    private static PendingImport pending(HttpSession session, String token) {
        if (!(session.getAttribute(SESSION_PREFIX + token) instanceof PendingImport pending)) {
            throw new NotFoundException();
        }
        return pending;
    }

    private static String mappingPage(
            Model model, OrganisationId organisation, String token, String fileName, ImportResult result) {
        model.addAttribute("organisationId", organisation);
        model.addAttribute("token", token);
        model.addAttribute("fileName", fileName);
        model.addAttribute("result", result);
        model.addAttribute("fields", StaffField.values());
        model.addAttribute("leftOutReady", !result.leftOut().isEmpty());
        return MAPPING;
    }

    /** The link to the rows left out, shown with the import's result on the staff list. */
    record LeftOutLink(String token, int rows, int repeats) implements java.io.Serializable {}

    /** What the session remembers of an upload; plain values, so that a stored session can hold it. */
    record PendingImport(String organisationId, String originalName, boolean done) implements java.io.Serializable {

        OrganisationId organisation() {
            return OrganisationId.of(organisationId);
        }
    }
}
