package ru.nastavnik.events.internal;

import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.nastavnik.documents.DefaultTemplate;
import ru.nastavnik.shared.DefaultContent;

/**
 * The events' documents, editable like every template: the attendance sheet (лист регистрации), signed by each
 * participant in the room, and the protocol of a seminar, conference or round table with the list of those present
 * as its appendix; the announcement (объявление) to send out or post, and the certificates of participation.
 */
@Configuration(proxyBeanMethods = false)
class EventTemplates {

    /** Sample values, like real ones: content, in {@code defaults/events/document-sample.json}. */
    private static final Supplier<Map<String, Object>> SAMPLE =
            DefaultContent.model("defaults/events/document-sample.json");

    static final String ATTENDANCE_SHEET = "events-attendance-sheet";
    static final String PROTOCOL = "events-protocol";
    static final String ANNOUNCEMENT = "events-announcement";
    static final String CERTIFICATE = "events-certificate";

    @Bean
    DefaultTemplate announcementTemplate() {
        return template(ANNOUNCEMENT);
    }

    /** One page a person; the batch is these pages one after another. */
    @Bean
    DefaultTemplate certificateTemplate() {
        return template(CERTIFICATE);
    }

    @Bean
    DefaultTemplate attendanceSheetTemplate() {
        return template(ATTENDANCE_SHEET);
    }

    @Bean
    DefaultTemplate protocolTemplate() {
        return template(PROTOCOL);
    }

    /** Every placeholder the templates may use, with a value like a real one (an uploaded template is checked against it). */
    static Map<String, Object> sampleModel() {
        return SAMPLE.get();
    }

    private static DefaultTemplate template(String kind) {
        return DefaultTemplate.of(kind, EventTemplates::sampleModel);
    }
}
