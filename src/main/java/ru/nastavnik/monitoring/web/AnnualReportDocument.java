package ru.nastavnik.monitoring.web;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.nastavnik.documents.DocumentTemplates;
import ru.nastavnik.documents.DocxTemplates;
import ru.nastavnik.monitoring.internal.AnnualReportNotes;
import ru.nastavnik.monitoring.internal.AnnualReports;
import ru.nastavnik.monitoring.internal.CuratorSignature;
import ru.nastavnik.monitoring.internal.Indicator;
import ru.nastavnik.monitoring.internal.IndicatorLine;
import ru.nastavnik.monitoring.internal.IndicatorPeriod;
import ru.nastavnik.monitoring.internal.IndicatorTable;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.publishing.PublicationFigures;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Fills the school's template of the annual report (its own upload, else the built-in one) with the year's figures,
 * as the indicator page shows them, and the curator's sections. Figures only: no person is named in it.
 */
@Component
class AnnualReportDocument {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final AnnualReports reports;
    private final DocumentTemplates templates;
    private final IndicatorTexts texts;
    private final SchoolDates dates;
    private final PublicationFigures publications;
    private final Organisations organisations;

    AnnualReportDocument(
            AnnualReports reports,
            DocumentTemplates templates,
            IndicatorTexts texts,
            SchoolDates dates,
            PublicationFigures publications,
            Organisations organisations) {
        this.organisations = organisations;
        this.publications = publications;
        this.reports = reports;
        this.templates = templates;
        this.texts = texts;
        this.dates = dates;
    }

    record Report(String fileName, byte[] docx) {}

    Report docx(NastavnikPrincipal caller, OrganisationId school, IndicatorPeriod year) {
        // a year still under way is reported up to today, its figures too: pairs that start next week are not the
        // period's (the report said «с 01.09 по 07.12» over six pairs starting on 14.12 — a new school's review)
        java.time.LocalDate today = dates.today(school);
        IndicatorPeriod reported = year.to().isAfter(today) && !today.isBefore(year.from())
                ? new IndicatorPeriod(year.from(), today)
                : year;
        IndicatorTable table = reports.figures(caller, school, reported);
        AnnualReportNotes notes = reports.notes(caller, school, year);
        String label = year.from().getYear() + "/" + year.to().getYear();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("school", Map.of("name", table.name()));
        model.put("year", label);
        model.put("from", year.from().format(DAY));
        model.put("to", reported.to().format(DAY));
        List<Map<String, Object>> indicators = new ArrayList<>();
        List<Map<String, Object>> events = new ArrayList<>();
        List<Map<String, Object>> practices = new ArrayList<>();
        for (IndicatorLine line : table.lines()) {
            if (line.whole() && line.indicator().computed()) {
                indicators.add(Map.of(
                        "name",
                        texts.name(line),
                        "value",
                        texts.shown(line, table.total(line)),
                        "unit",
                        texts.unit(line)));
            } else if (line.indicator() == Indicator.EVENTS_HELD
                    && table.total(line).numerator() > 0) {
                IndicatorLine participants =
                        new IndicatorLine(Indicator.EVENT_PARTICIPANTS, line.part(), line.partKey(), line.partText());
                events.add(Map.of(
                        "kind",
                        texts.part(line),
                        "held",
                        texts.shown(line, table.total(line)),
                        "participants",
                        texts.shown(participants, table.total(participants))));
            } else if (line.indicator() == Indicator.PRACTICES
                    && !line.whole()
                    && table.total(line).numerator() > 0) {
                practices.add(Map.of("level", texts.part(line), "count", texts.shown(line, table.total(line))));
            }
        }
        model.put("indicators", indicators);
        model.put("events", events);
        model.put("practices", practices);
        model.put(
                "training",
                Map.of(
                        "trained",
                        shown(table, Indicator.MENTORS_TRAINED),
                        "hours",
                        shown(table, Indicator.TRAINING_HOURS)));
        model.put("publicationsTotal", shown(table, Indicator.NEWS_PUBLISHED));
        model.put(
                "publications",
                publications.publishedItems(school, year.from(), year.to()).stream()
                        .map(p -> Map.<String, Object>of(
                                "date",
                                p.publishedOn().format(DAY),
                                "title",
                                p.title(),
                                "kind",
                                texts.text(p.source().messageKey())))
                        .toList());
        model.put("notes", Map.of("problems", notes.problems(), "tasks", notes.tasks(), "freeText", notes.freeText()));
        model.put("date", dates.today(school).format(DAY));
        // the report is signed by the curator: her name as the school's requisites give it, else a blank to write in
        model.put("curator", CuratorSignature.of(organisations, school));
        byte[] docx = DocxTemplates.render(
                new ByteArrayInputStream(templates.current(school, AnnualReportTemplates.ANNUAL_REPORT)), model);
        return new Report(texts.text("annualReport.file", table.name(), label.replace('/', '-')), docx);
    }

    private String shown(IndicatorTable table, Indicator indicator) {
        IndicatorLine line = table.lines().stream()
                .filter(l -> l.whole() && l.indicator() == indicator)
                .findFirst()
                .orElseThrow();
        return texts.shown(line, table.total(line));
    }
}
