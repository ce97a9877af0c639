package ru.nastavnik.consent.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import ru.nastavnik.consent.ConsentId;
import ru.nastavnik.consent.ConsentScans;
import ru.nastavnik.consent.internal.SubjectAccessExport;
import ru.nastavnik.documents.SafeFileName;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** A teacher's own data and consents, and the download of everything held about them (152-ФЗ art. 14). */
@Controller
class MyDataController {

    static final String VIEW = "consent/my-data";

    private final SubjectAccessExport export;
    private final ConsentScans scans;

    MyDataController(SubjectAccessExport export, ConsentScans scans) {
        this.export = export;
        this.scans = scans;
    }

    @GetMapping("/consent/my-data")
    String page(@AuthenticationPrincipal NastavnikPrincipal me, Model model) {
        model.addAttribute("mine", export.own(me).orElse(null));
        return VIEW;
    }

    /** A copy of a consent she signed, as the school stored its scan. */
    @GetMapping(path = {"/consent/my-data/consents/{id}/scan", "/api/v1/me/consents/{id}/scan"})
    @Operation(summary = "Скан моего подписанного согласия")
    void ownScan(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ConsentId id,
            jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        var scan = scans.ownScan(me, id);
        response.setContentType(scan.info().contentType());
        response.setHeader(
                "Content-Disposition", SafeFileName.attachment(scan.info().originalName()));
        try (java.io.InputStream in = scan.content()) {
            in.transferTo(response.getOutputStream());
        }
    }

    @GetMapping(
            path = {"/consent/my-data/export", "/api/v1/me/data"},
            produces = "application/json")
    @Operation(summary = "Все мои данные, которые хранит система (ст. 14 152-ФЗ)")
    @ResponseBody
    ResponseEntity<Map<String, Object>> download(@AuthenticationPrincipal NastavnikPrincipal me) {
        Map<String, Object> data = export.exportOwn(me).orElseThrow(NotFoundException::new);
        return ResponseEntity.ok()
                .header("Content-Disposition", SafeFileName.attachment(export.fileName(data)))
                .body(data);
    }
}
