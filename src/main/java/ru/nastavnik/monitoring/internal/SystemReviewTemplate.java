package ru.nastavnik.monitoring.internal;

import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.nastavnik.documents.DefaultTemplate;
import ru.nastavnik.shared.DefaultContent;

/**
 * The yearly system-level review as a document: the figures by component in one table, then the curator's analysis
 * of each component (the 2021 recommendations' components of the mentorship system). Schools replace it with their
 * own DOCX. Its wording is {@code documents/defaults/monitoring-system-review.txt}, its sample values
 * {@code defaults/monitoring/system-review-sample.json}.
 */
@Configuration(proxyBeanMethods = false)
class SystemReviewTemplate {

    static final String KIND = "monitoring-system-review";

    private static final Supplier<Map<String, Object>> SAMPLE =
            DefaultContent.model("defaults/monitoring/system-review-sample.json");

    @Bean
    DefaultTemplate systemReviewDocument() {
        return DefaultTemplate.of(KIND, SystemReviewTemplate::sample);
    }

    static Map<String, Object> sample() {
        return SAMPLE.get();
    }
}
