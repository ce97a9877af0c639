package ru.nastavnik.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.nastavnik.documents.DefaultTemplate;
import ru.nastavnik.documents.TemplateBuilder;

/**
 * The events' documents, editable like every template: the attendance sheet (лист регистрации), signed by each
 * participant in the room, and the protocol of a seminar, conference or round table with the list of those present
 * as its appendix.
 */
@Configuration(proxyBeanMethods = false)
class EventTemplates {

    static final String ATTENDANCE_SHEET = "events-attendance-sheet";
    static final String PROTOCOL = "events-protocol";

    @Bean
    DefaultTemplate attendanceSheetTemplate() {
        return template(ATTENDANCE_SHEET, head()
                .centered("ЛИСТ РЕГИСТРАЦИИ", true)
                .centered("участников мероприятия «{{event.title}}»", false)
                .emptyLine()
                .paragraph("Вид мероприятия: {{event.kind}}")
                .paragraph("Дата и время: {{event.period}}")
                .paragraph("Место проведения: {{event.place}}")
                .paragraph("Организатор: {{event.organiser}}")
                .emptyLine()
                .table(new int[] { 10, 55, 45, 35, 25 }, List.of("№", "ФИО участника", "Организация", "Должность", "Подпись"),
                        "participants", List.of("{{index}}", "{{item.fullName}}", "{{item.school}}", "{{item.position}}", ""))
                .emptyLine()
                .paragraph("Ответственный за регистрацию ______________ / ______________"));
    }

    @Bean
    DefaultTemplate protocolTemplate() {
        return template(PROTOCOL, head()
                .centered("ПРОТОКОЛ № {{protocol.number}}", true)
                .centered("{{event.kind}} «{{event.title}}»", false)
                .emptyLine()
                .paragraph("{{event.date}}                                                            {{event.place}}")
                .emptyLine()
                .paragraph("Председатель — {{protocol.chair}}")
                .paragraph("Секретарь — {{protocol.secretary}}")
                .paragraph("Присутствовали: {{present.count}} чел. (список — приложение к протоколу)")
                .emptyLine()
                .paragraph("ПОВЕСТКА ДНЯ:")
                .table(new int[] { 10, 20, 85, 50 }, List.of("№", "Время", "Вопрос", "Докладчик"),
                        "agenda", List.of("{{index}}", "{{item.time}}", "{{item.topic}}", "{{item.speaker}}"))
                .emptyLine()
                .paragraph("СЛУШАЛИ:")
                .justified("{{protocol.heard}}")
                .paragraph("ВЫСТУПИЛИ:")
                .justified("{{protocol.spoke}}")
                .paragraph("РЕШИЛИ:")
                .justified("{{protocol.decided}}")
                .emptyLine()
                .paragraph("Председатель ______________ / {{protocol.chair}}")
                .paragraph("Секретарь ______________ / {{protocol.secretary}}")
                .emptyLine()
                .right("Приложение к протоколу № {{protocol.number}} от {{event.date}}")
                .centered("Список присутствовавших", true)
                .table(new int[] { 10, 65, 55, 40 }, List.of("№", "ФИО", "Организация", "Должность"),
                        "present.people", List.of("{{index}}", "{{item.fullName}}", "{{item.school}}", "{{item.position}}")));
    }

    private static TemplateBuilder head() {
        return TemplateBuilder.a4()
                .centered("{{organisation.founder}}", false)
                .centered("{{organisation.name}}", true)
                .emptyLine();
    }

    /** Every placeholder the templates may use, with a value like a real one (an uploaded template is checked against it). */
    static Map<String, Object> sampleModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("organisation", Map.of("name", "Управление образования администрации Заречного района",
                "shortName", "УО Заречного района", "founder", "", "locality", "г. Заречный"));
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("title", "Наставник и молодой педагог: первые шаги");
        event.put("kind", "Семинар");
        event.put("date", "10.03.2027");
        event.put("period", "10.03.2027 10:00 — 12:00 (Europe/Moscow)");
        event.put("place", "Районный методический кабинет");
        event.put("organiser", "УО Заречного района");
        model.put("event", event);
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

    private static DefaultTemplate template(String kind, TemplateBuilder builder) {
        return DefaultTemplate.of(kind, builder, EventTemplates::sampleModel);
    }
}
