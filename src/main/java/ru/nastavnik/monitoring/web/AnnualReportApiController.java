package ru.nastavnik.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.documents.FileType;
import ru.nastavnik.documents.SafeFileName;
import ru.nastavnik.monitoring.internal.AnnualReportNotes;
import ru.nastavnik.monitoring.internal.AnnualReports;
import ru.nastavnik.monitoring.internal.IndicatorPeriod;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The annual analytic report through the API: its hand-written sections for a school year ({@code year}: the year it
 * begins in) and the document — a school's report, a municipality's or region's summary over its schools.
 */
@RestController
class AnnualReportApiController {

    private final AnnualReports reports;
    private final AnnualReportFiles files;

    AnnualReportApiController(AnnualReports reports, AnnualReportFiles files) {
        this.reports = reports;
        this.files = files;
    }

    @GetMapping("/api/v1/organisations/{orgId}/annual-reports/{year}")
    @Operation(summary = "Разделы аналитической справки за учебный год (школа — куратор, территория — её методист)")
    AnnualReportNotes notes(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable int year) {
        return reports.notes(me, orgId, reports.year(orgId, year));
    }

    @PutMapping("/api/v1/organisations/{orgId}/annual-reports/{year}")
    @Operation(
            summary = "Записать разделы справки: проблемы, задачи, дополнительные сведения (до 8000 символов каждый)")
    AnnualReportNotes save(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable int year,
            @RequestBody AnnualReportNotes notes) {
        IndicatorPeriod period = reports.year(orgId, year);
        reports.save(me, orgId, period, notes);
        return reports.notes(me, orgId, period);
    }

    @GetMapping("/api/v1/organisations/{orgId}/annual-reports/{year}.docx")
    @Operation(summary = "Аналитическая справка за учебный год (DOCX; у территории — сводный отчёт по её школам)")
    ResponseEntity<byte[]> docx(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable int year) {
        AnnualReportDocument.Report report = files.of(me, orgId, year);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, SafeFileName.attachment(report.fileName() + ".docx"))
                .header(HttpHeaders.CONTENT_TYPE, FileType.DOCX.contentType())
                .body(report.docx());
    }
}
