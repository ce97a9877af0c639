package ru.nastavnik.mentorship.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import ru.nastavnik.mentorship.DocumentFile;
import ru.nastavnik.mentorship.OrderId;
import ru.nastavnik.mentorship.internal.OwnOrderScans;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** A teacher's copy of a registered order that names her pair, from her «Мои данные» page. */
@Controller
class OwnOrderController {

    private final OwnOrderScans scans;

    OwnOrderController(OwnOrderScans scans) {
        this.scans = scans;
    }

    @GetMapping(path = {"/mentorship/my/orders/{id}/scan", "/api/v1/me/orders/{id}/scan"})
    @Operation(summary = "Скан зарегистрированного приказа, в котором названа моя пара (копия педагогу)")
    ResponseEntity<byte[]> scan(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrderId id) {
        DocumentFile scan = scans.scan(me, id.value());
        return Downloads.file(scan.content(), scan.name(), "application/octet-stream");
    }
}
