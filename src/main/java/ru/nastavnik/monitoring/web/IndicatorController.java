package ru.nastavnik.monitoring.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.nastavnik.monitoring.internal.IndicatorFigures;
import ru.nastavnik.monitoring.internal.IndicatorPeriod;
import ru.nastavnik.monitoring.internal.IndicatorTable;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.PageRefusal;
import ru.nastavnik.shared.web.RequestedOrganisation;

/**
 * The indicators of the caller's school, or of her municipality or region with a row per school below it (sortable
 * by any indicator, filtered by name, a page of {@link SchoolRows#SIZE} at a time), over a period; the same table,
 * every row, as XLSX.
 */
@Controller
class IndicatorController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final IndicatorFigures figures;
    private final IndicatorWorkbook workbook;
    private final IndicatorTexts texts;
    private final SchoolDates dates;

    IndicatorController(IndicatorFigures figures, IndicatorWorkbook workbook, IndicatorTexts texts, SchoolDates dates) {
        this.figures = figures;
        this.workbook = workbook;
        this.texts = texts;
        this.dates = dates;
    }

    @GetMapping("/monitoring/indicators")
    String page(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            IndicatorQuery query,
            Model model) {
        OrganisationId org = organisation(me, organisation);
        String from = query.from();
        String to = query.to();
        String sort = query.sort();
        boolean desc = query.descending();
        IndicatorPeriod period = PageRefusal.read(
                        model, "periodError", () -> IndicatorPeriod.parse(from, to, dates.today(org)))
                .orElseGet(() -> IndicatorPeriod.of(null, null, dates.today(org)));
        IndicatorTable table = figures.of(me, org, period).sortedBy(sort, desc);
        model.addAttribute("table", table);
        model.addAttribute("schools", SchoolRows.of(table, query.q(), query.pageIndex(), sort, desc));
        model.addAttribute("texts", texts);
        // figures are hidden only from those outside the school: they read what «< 3» and «скрыто» mean
        model.addAttribute("outside", !me.hasAnyIn(org, Role.DIRECTOR, Role.CURATOR));
        model.addAttribute("sort", sort);
        model.addAttribute("desc", desc);
        // a territory's table may be up to this old (AreaTables): the page says so
        model.addAttribute("areaMinutes", (int) ((figures.areaMaxAge().toSeconds() + 59) / 60));
        return "monitoring/indicators";
    }

    @GetMapping("/monitoring/indicators.xlsx")
    ResponseEntity<byte[]> xlsx(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            IndicatorQuery query) {
        OrganisationId org = organisation(me, organisation);
        IndicatorTable table = figures.of(me, org, IndicatorPeriod.parse(query.from(), query.to(), dates.today(org)))
                .sortedBy(query.sort(), query.descending());
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
                .header(HttpHeaders.CONTENT_TYPE, XLSX)
                .body(workbook.write(table));
    }

    /** The one asked for, else the caller's school, else the area she is a methodologist of. */
    private static OrganisationId organisation(NastavnikPrincipal me, OrganisationId requested) {
        return RequestedOrganisation.find(me, requested)
                .or(() -> me.grants().stream()
                        .filter(g ->
                                g.role() == Role.MUNICIPAL_METHODOLOGIST || g.role() == Role.REGIONAL_METHODOLOGIST)
                        .map(g -> g.organisation())
                        .filter(o -> o != null)
                        .findFirst())
                .orElseThrow(NotFoundException::new);
    }
}
