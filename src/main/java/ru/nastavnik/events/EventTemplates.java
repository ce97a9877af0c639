package ru.nastavnik.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.nastavnik.documents.DefaultTemplate;

/**
 * The events' documents, editable like every template: the attendance sheet (лист регистрации), signed by each
 * participant in the room, and the protocol of a seminar, conference or round table with the list of those present
 * as its appendix; the announcement (объявление) to send out or post, and the certificates of participation.
 */
@Configuration(proxyBeanMethods = false)
class EventTemplates {

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
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("organisation", Map.of("name", "Управление образования администрации Заречного района",
                "shortName", "УО Заречного района", "founder", "", "locality", "г. Заречный", "head", "Петров П. П."));
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("title", "Наставник и молодой педагог: первые шаги");
        event.put("kind", "Семинар");
        event.put("date", "10.03.2027");
        event.put("period", "10.03.2027 10:00 — 12:00 (Europe/Moscow)");
        event.put("place", "Районный методический кабинет");
        event.put("organiser", "УО Заречного района");
        event.put("description", "Обсудим первые месяцы работы наставнических пар.");
        event.put("link", "https://meet.example.ru/seminar");
        event.put("audience", "наставники школ: МБОУ СОШ № 1, МБОУ СОШ № 2");
        event.put("registration", "на странице мероприятия в системе «Наставник» до начала мероприятия; мест — 30");
        event.put("locality", "г. Заречный");
        event.put("announcedOn", "01.03.2027");
        event.put("dated", "г. Заречный, 01.03.2027");
        model.put("event", event);
        model.put("certificate", Map.of("fullName", "Иванова Мария Петровна", "position", "учитель математики",
                "school", "МБОУ СОШ № 1", "took", "приняла", "role", "докладчика", "topic", "Адаптация молодого педагога", "number", "1-001"));
        Map<String, Object> person = Map.of("fullName", "Иванова Мария Петровна", "school", "МБОУ СОШ № 1",
                "position", "учитель математики");
        model.put("participants", List.of(person));
        model.put("agenda", List.of(Map.of("time", "10:00", "topic", "Адаптация молодого педагога", "speaker", "Петрова И. В.")));
        model.put("present", Map.of("count", 1, "people", List.of(person)));
        model.put("protocol", Map.of("number", "1", "chair", "Петрова Ирина Викторовна", "secretary", "Сидорова Анна Ивановна",
                "heard", "Петрову И. В. об адаптации молодых педагогов.", "spoke", "Иванова М. П. поделилась опытом.",
                "decided", "Опыт признать лучшей практикой."));
        return model;
    }

    private static DefaultTemplate template(String kind) {
        return DefaultTemplate.of(kind, EventTemplates::sampleModel);
    }
}
