package ru.nastavnik.consent.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import ru.nastavnik.consent.internal.SubjectAccessExport;
import ru.nastavnik.documents.SafeFileName;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** A teacher's own data and consents, and the download of everything held about them (152-ФЗ art. 14). */
@Controller
class MyDataController {

    static final String VIEW = "consent/my-data";

    private final SubjectAccessExport export;

    MyDataController(SubjectAccessExport export) {
        this.export = export;
    }

    @GetMapping("/consent/my-data")
    String page(@AuthenticationPrincipal NastavnikPrincipal me, Model model) {
        model.addAttribute("mine", export.own(me).orElse(null));
        return VIEW;
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
