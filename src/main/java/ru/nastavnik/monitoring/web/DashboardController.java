package ru.nastavnik.monitoring.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.nastavnik.monitoring.internal.Dashboard;
import ru.nastavnik.monitoring.internal.DashboardFigures;
import ru.nastavnik.monitoring.internal.IndicatorPeriod;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.PageRefusal;
import ru.nastavnik.shared.web.RequestedOrganisation;

/**
 * The dashboard of the caller's school, municipality or region (or of one below it: the drill-down), over a period
 * (the school year by default), beside the same period a year before. The charts draw from a JSON data block; each
 * chart has the table it is drawn from.
 */
@Controller
class DashboardController {

    static final String VIEW = "monitoring/dashboard";

    private final DashboardFigures dashboards;
    private final DashboardCharts charts;
    private final DashboardLinks links;
    private final IndicatorTexts texts;
    private final AreaSummaryDocument summaries;
    private final SchoolDates dates;

    DashboardController(
            DashboardFigures dashboards,
            DashboardCharts charts,
            DashboardLinks links,
            IndicatorTexts texts,
            AreaSummaryDocument summaries,
            SchoolDates dates) {
        this.summaries = summaries;
        this.dashboards = dashboards;
        this.charts = charts;
        this.links = links;
        this.texts = texts;
        this.dates = dates;
    }

    @GetMapping("/monitoring/dashboard")
    String page(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model) {
        OrganisationId org = organisation(me, organisation);
        IndicatorPeriod period = PageRefusal.read(
                        model, "periodError", () -> IndicatorPeriod.parse(from, to, dates.today(org)))
                .orElseGet(() -> IndicatorPeriod.of(null, null, dates.today(org)));
        Dashboard dashboard = dashboards.of(me, org, period);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("chartData", charts.json(dashboard));
        model.addAttribute("links", links);
        model.addAttribute("texts", texts);
        return VIEW;
    }

    /** The summary report of a municipality or a region over its schools (aggregates only), as DOCX. */
    @GetMapping("/monitoring/summary.docx")
    org.springframework.http.ResponseEntity<byte[]> summary(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        OrganisationId area = organisation(me, organisation);
        AnnualReportDocument.Report report =
                summaries.docx(me, area, IndicatorPeriod.parse(from, to, dates.today(area)));
        return org.springframework.http.ResponseEntity.ok()
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        ru.nastavnik.documents.SafeFileName.attachment(report.fileName() + ".docx"))
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_TYPE,
                        ru.nastavnik.documents.FileType.DOCX.contentType())
                .body(report.docx());
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
