package ru.nastavnik.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.nastavnik.documents.DefaultTemplate;

/** The mentor's training record as a document (справка о повышении квалификации); a school may replace it with its own DOCX. */
@Configuration(proxyBeanMethods = false)
class TrainingTemplates {

    static final String RECORD = "training-record";

    @Bean
    DefaultTemplate trainingRecordTemplate() {
        return DefaultTemplate.of(RECORD, TrainingTemplates::sampleModel);
    }

    static Map<String, Object> sampleModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("organisation", Map.of("name", "МБОУ «Средняя школа № 1»"));
        model.put("person", Map.of("fullName", "Петрова Анна Ивановна"));
        model.put("confirmedHours", "72");
        model.put("courses", List.of(Map.of("provider", "ГАУ ДПО «Институт развития образования»",
                "title", "Наставничество в образовательной организации", "hours", "72",
                "period", "01.10.2026 – 20.10.2026, удостоверение приложено")));
        model.put("completed", "«Школа наставника» пройдена 20.12.2026");
        model.put("sessionHours", "2.0");
        model.put("sessions", List.of(Map.of("title", "Установочная сессия наставников", "date", "15.11.2026",
                "hours", "2.0")));
        model.put("date", "01.11.2026");
        return model;
    }
}
