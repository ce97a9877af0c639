package ru.nastavnik.monitoring.web;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.nastavnik.documents.DocumentTemplates;
import ru.nastavnik.documents.DocxTemplates;
import ru.nastavnik.monitoring.internal.AnnualReportNotes;
import ru.nastavnik.monitoring.internal.AnnualReports;
import ru.nastavnik.monitoring.internal.Dashboard;
import ru.nastavnik.monitoring.internal.DashboardFigures;
import ru.nastavnik.monitoring.internal.Indicator;
import ru.nastavnik.monitoring.internal.IndicatorPeriod;
import ru.nastavnik.monitoring.internal.Signatures;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Fills the area's summary template from its dashboard: the headline indicators now and a year before, and a line
 * per unit one level down (a region's municipalities, a municipality's schools), each under the small-number rule.
 */
@Component
class AreaSummaryDocument {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final DashboardFigures dashboards;
    private final DocumentTemplates templates;
    private final IndicatorTexts texts;
    private final SchoolDates dates;
    private final AnnualReports reports;
    private final Organisations organisations;

    AreaSummaryDocument(
            DashboardFigures dashboards,
            DocumentTemplates templates,
            IndicatorTexts texts,
            SchoolDates dates,
            AnnualReports reports,
            Organisations organisations) {
        this.reports = reports;
        this.organisations = organisations;
        this.dashboards = dashboards;
        this.templates = templates;
        this.texts = texts;
        this.dates = dates;
    }

    AnnualReportDocument.Report docx(NastavnikPrincipal caller, OrganisationId area, IndicatorPeriod period) {
        return docx(caller, area, period, false);
    }

    /**
     * {@code annual}: the area's annual analytic report («Аналитическая справка … за 2026/2027 учебный год»), the same
     * document for a school year, as the school's report is titled; else the summary over any period.
     */
    AnnualReportDocument.Report docx(
            NastavnikPrincipal caller, OrganisationId area, IndicatorPeriod period, boolean annual) {
        Dashboard d = dashboards.of(caller, area, period);
        if (!d.area()) {
            throw new NotFoundException();
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("area", Map.of("name", d.name()));
        model.put("from", period.from().format(DAY));
        // the figures are those known today: a year still under way is reported up to today, not to its end
        LocalDate today = dates.today(area);
        LocalDate to = period.to().isAfter(today) ? today : period.to();
        model.put("to", to.format(DAY));
        String year = period.from().getYear() + "/" + period.to().getYear();
        model.put("title", texts.text(annual ? "areaSummary.title.annual" : "areaSummary.title.summary"));
        model.put(
                "period",
                !annual
                        ? texts.text("areaSummary.period", period.from().format(DAY), to.format(DAY))
                        : to.isBefore(period.to())
                                ? texts.text("areaSummary.period.yearSoFar", year, to.format(DAY))
                                : texts.text("areaSummary.period.year", year));
        model.put(
                "indicators",
                d.tiles().stream()
                        .map(t -> Map.of(
                                "name",
                                texts.name(t.line()),
                                "value",
                                texts.shown(t.line(), t.now()),
                                "before",
                                texts.shown(t.line(), t.before()),
                                "unit",
                                texts.unit(t.line())))
                        .toList());
        List<Dashboard.Tile> tiles = d.tiles();
        model.put(
                "units",
                d.children().stream()
                        .map(u -> Map.of(
                                "name",
                                // the area's own events: named as the pages name the row, not as its total
                                u.own() ? texts.text("indicator.own", u.name()) : u.name(),
                                "young",
                                cell(tiles, u, Indicator.YOUNG_WITH_MENTOR),
                                "mentors",
                                cell(tiles, u, Indicator.MENTORS),
                                "pairs",
                                cell(tiles, u, Indicator.PAIRS),
                                "events",
                                cell(tiles, u, Indicator.EVENTS_HELD),
                                "practices",
                                cell(tiles, u, Indicator.PRACTICES)))
                        .toList());
        // the sections her methodologist wrote for the school year the period begins in (the annual report's page)
        int schoolYear = period.from().getMonthValue() >= 9
                ? period.from().getYear()
                : period.from().getYear() - 1;
        AnnualReportNotes notes = reports.notes(caller, area, reports.year(area, schoolYear));
        model.put("notes", Map.of("problems", notes.problems(), "tasks", notes.tasks(), "freeText", notes.freeText()));
        model.put("date", dates.today(area).format(DAY));
        // signed by the authority's head as its requisites name him; the methodologist who made it is its executor
        Signatures signatures = Signatures.of(organisations, area, texts.text("areaSummary.headPosition"));
        model.put("head", Map.of("position", signatures.headPosition(), "signature", signatures.head()));
        // the executor is the area's own methodologist who makes it; someone above reading it leaves the line blank
        model.put("executor", reports.writes(caller, area) ? caller.fullName() : "______________________");
        byte[] docx = DocxTemplates.render(
                new ByteArrayInputStream(templates.current(area, AreaSummaryTemplates.AREA_SUMMARY)), model);
        return new AnnualReportDocument.Report(
                annual
                        ? texts.text("annualReport.file", d.name(), year.replace('/', '-'))
                        : texts.text(
                                "areaSummary.file",
                                d.name(),
                                period.from().format(DAY),
                                period.to().format(DAY)),
                docx);
    }

    private String cell(List<Dashboard.Tile> tiles, Dashboard.Unit unit, Indicator indicator) {
        int i = DashboardFigures.HEADLINE.indexOf(indicator);
        return texts.shown(tiles.get(i).line(), unit.figures().get(i));
    }
}
