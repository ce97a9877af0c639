package ru.nastavnik.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.audit.AuditLog;
import ru.nastavnik.audit.AuditRecord;
import ru.nastavnik.shared.Ids;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

@RestController
@Tag(name = "Журнал аудита")
class AuditApiController {

    private final AuditLog log;

    AuditApiController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/api/v1/organisations/{orgId}/audit")
    @Operation(summary = "Журнал обращений к персональным данным организации")
    AuditPage list(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestParam(required = false) String subject,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        UUID subjectId = subject == null || subject.isBlank() ? null : Ids.parse(subject);
        var result = log.of(me, orgId, subjectId, page, size);
        return new AuditPage(result.getContent(), result.getTotalElements(), AuditLog.countedInFull(result));
    }

    /**
     * A page of the log; {@code totalExact} false: the log is longer than {@code totalElements − 1} and was not
     * counted further (a long log is counted up to 10,000 entries or to the page asked for).
     */
    record AuditPage(List<AuditRecord> content, long totalElements, boolean totalExact) {}
}
