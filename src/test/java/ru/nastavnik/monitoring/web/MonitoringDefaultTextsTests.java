package ru.nastavnik.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.nastavnik.MovedTexts;
import ru.nastavnik.documents.DefaultTemplate;

/**
 * The report templates read from {@code documents/defaults/monitoring-*.txt} and their samples from
 * {@code defaults/monitoring/} produce the documents and values the Java chains did (the system review's:
 * {@code internal.SystemReviewDefaultTextsTests}).
 */
class MonitoringDefaultTextsTests {

    @Test
    void annualReportIsTheDocumentBuiltInJavaBefore() {
        DefaultTemplate annual = new AnnualReportTemplates().annualReportTemplate();

        MovedTexts.assertSameDocument("monitoring/annual-report.xml", annual.docx());
        MovedTexts.assertSameAs("monitoring/annual-report-sample.json", annual.sampleModel());
        assertThat(annual.sampleModel()).containsEntry("year", "2025/2026");
    }

    @Test
    void areaSummaryIsTheDocumentBuiltInJavaBefore() {
        DefaultTemplate area = new AreaSummaryTemplates().areaSummaryTemplate();

        MovedTexts.assertSameDocument("monitoring/area-summary.xml", area.docx());
        MovedTexts.assertSameAs("monitoring/area-summary-sample.json", area.sampleModel());
    }
}
