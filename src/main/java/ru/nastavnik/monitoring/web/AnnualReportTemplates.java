package ru.nastavnik.monitoring.web;

import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.nastavnik.documents.DefaultTemplate;
import ru.nastavnik.shared.DefaultContent;

/**
 * The school's annual analytic report «аналитическая справка о реализации системы наставничества за учебный год»,
 * as schools send it to their municipality: the year's figures, events, training, practices and publications (the
 * information coverage of roadmap stage 7), then the curator's
 * own sections. Editable like every template (a school may upload the form its municipality prescribes). Its wording
 * is {@code documents/defaults/monitoring-annual-report.txt}, its sample values
 * {@code defaults/monitoring/annual-report-sample.json}.
 */
@Configuration(proxyBeanMethods = false)
class AnnualReportTemplates {

    static final String ANNUAL_REPORT = "monitoring-annual-report";

    private static final Supplier<Map<String, Object>> SAMPLE =
            DefaultContent.model("defaults/monitoring/annual-report-sample.json");

    @Bean
    DefaultTemplate annualReportTemplate() {
        return DefaultTemplate.of(ANNUAL_REPORT, AnnualReportTemplates::sampleModel);
    }

    /** Every placeholder the template may use, with a value like a real one. */
    static Map<String, Object> sampleModel() {
        return SAMPLE.get();
    }
}
