package ru.nastavnik.practices.internal;

import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.nastavnik.documents.DefaultTemplate;
import ru.nastavnik.shared.DefaultContent;

/**
 * A practice as an entry of the federal contest «Наставничество»: title, authors, problem, goals, content, results,
 * materials — editable like every template (an organisation may upload its own form of the contest).
 */
@Configuration(proxyBeanMethods = false)
class PracticeTemplates {

    /** Sample values, like real ones: content, in {@code defaults/practices/document-sample.json}. */
    private static final Supplier<Map<String, Object>> SAMPLE =
            DefaultContent.model("defaults/practices/document-sample.json");

    static final String CONTEST = "practices-contest";

    @Bean
    DefaultTemplate contestTemplate() {
        return DefaultTemplate.of(CONTEST, PracticeTemplates::sampleModel);
    }

    /** Every placeholder the template may use, with a value like a real one. */
    static Map<String, Object> sampleModel() {
        return SAMPLE.get();
    }
}
