package ru.nastavnik.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.monitoring.internal.IndicatorFigures;
import ru.nastavnik.monitoring.internal.IndicatorPeriod;
import ru.nastavnik.monitoring.internal.IndicatorTable;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The workbook of all indicators by organisation for a regional information system: the page's XLSX, with the same
 * role and territory checks (a methodologist: her area; a school: itself) and the small-number rule outside a school.
 */
@RestController
@Tag(name = "Мониторинг")
class IndicatorWorkbookApiController {

    private final IndicatorFigures figures;
    private final IndicatorWorkbook workbook;
    private final IndicatorTexts texts;
    private final SchoolDates dates;

    IndicatorWorkbookApiController(
            IndicatorFigures figures, IndicatorWorkbook workbook, IndicatorTexts texts, SchoolDates dates) {
        this.figures = figures;
        this.workbook = workbook;
        this.texts = texts;
        this.dates = dates;
    }

    @GetMapping("/api/v1/organisations/{orgId}/indicators.xlsx")
    @Operation(
            summary =
                    "Все показатели наставничества по организациям (школы муниципалитета или региона) за период в XLSX")
    ResponseEntity<byte[]> xlsx(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        IndicatorTable table = figures.of(me, orgId, IndicatorPeriod.parse(from, to, dates.today(orgId)));
        String name = texts.text(
                "indicator.xlsx.file",
                table.name(),
                table.period().from(),
                table.period().to());
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(
                                        name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " "),
                                        java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CONTENT_TYPE, IndicatorController.XLSX)
                .body(workbook.write(table.sortedBy(null, false)));
    }
}
