package ru.nastavnik.monitoring.web;

import org.springframework.stereotype.Component;
import ru.nastavnik.monitoring.internal.AnnualReports;
import ru.nastavnik.monitoring.internal.IndicatorPeriod;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The annual report's document: a school's report; a municipality's or region's summary with its sections. */
@Component
class AnnualReportFiles {

    private final AnnualReports reports;
    private final AnnualReportDocument document;
    private final AreaSummaryDocument summaries;

    AnnualReportFiles(AnnualReports reports, AnnualReportDocument document, AreaSummaryDocument summaries) {
        this.reports = reports;
        this.document = document;
        this.summaries = summaries;
    }

    /** {@code year}: the year the school year begins in; none: the current one. */
    AnnualReportDocument.Report of(NastavnikPrincipal caller, OrganisationId organisation, Integer year) {
        IndicatorPeriod period = reports.year(organisation, year);
        return reports.isArea(organisation)
                ? summaries.docx(caller, organisation, period, true)
                : document.docx(caller, organisation, period);
    }
}
