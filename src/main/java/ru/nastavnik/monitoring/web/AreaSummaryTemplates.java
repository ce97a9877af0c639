package ru.nastavnik.monitoring.web;

import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.nastavnik.documents.DefaultTemplate;
import ru.nastavnik.shared.DefaultContent;

/**
 * The municipality's or region's summary report over its schools: the area's indicators and a line per unit below
 * it. Aggregates only — a figure over one or two people reads «< 3». Editable like every template. Its wording is
 * {@code documents/defaults/monitoring-area-summary.txt}, its sample values
 * {@code defaults/monitoring/area-summary-sample.json}.
 */
@Configuration(proxyBeanMethods = false)
class AreaSummaryTemplates {

    static final String AREA_SUMMARY = "monitoring-area-summary";

    private static final Supplier<Map<String, Object>> SAMPLE =
            DefaultContent.model("defaults/monitoring/area-summary-sample.json");

    @Bean
    DefaultTemplate areaSummaryTemplate() {
        return DefaultTemplate.of(AREA_SUMMARY, AreaSummaryTemplates::sampleModel);
    }

    /** Every placeholder the template may use, with a value like a real one. */
    static Map<String, Object> sampleModel() {
        return SAMPLE.get();
    }
}
