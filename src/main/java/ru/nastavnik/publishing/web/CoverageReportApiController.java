package ru.nastavnik.publishing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.publishing.internal.CoverageReport;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The same report for scripts and the regional portal's staff: the keepers of the organisation's section only. */
@RestController
@Tag(name = "Публикации")
class CoverageReportApiController {

    private final CoverageReport reports;

    CoverageReportApiController(CoverageReport reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/organisations/{orgId}/publishing-report")
    @Operation(
            summary = "Информационное сопровождение: публикации за период по этапам дорожной карты и каналам, со"
                    + " ссылками (from, to — ГГГГ-ММ-ДД; по умолчанию учебный год)")
    CoverageReport.Report report(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return reports.of(me, orgId, from, to);
    }
}
