package ru.nastavnik.training.internal;

import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.nastavnik.documents.DefaultTemplate;
import ru.nastavnik.shared.DefaultContent;

/** A teacher's training record as a document (справка о повышении квалификации); a school may replace it with its own DOCX. */
@Configuration(proxyBeanMethods = false)
class TrainingTemplates {

    /** Sample values, like real ones: content, in {@code defaults/training/document-sample.json}. */
    private static final Supplier<Map<String, Object>> SAMPLE =
            DefaultContent.model("defaults/training/document-sample.json");

    static final String RECORD = "training-record";

    @Bean
    DefaultTemplate trainingRecordTemplate() {
        return DefaultTemplate.of(RECORD, TrainingTemplates::sampleModel);
    }

    static Map<String, Object> sampleModel() {
        return SAMPLE.get();
    }
}
