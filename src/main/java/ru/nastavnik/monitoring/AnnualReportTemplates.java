package ru.nastavnik.monitoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.nastavnik.documents.DefaultTemplate;
import ru.nastavnik.documents.TemplateBuilder;

/**
 * The school's annual analytic report «аналитическая справка о реализации системы наставничества за учебный год»,
 * as schools send it to their municipality: the year's figures, events, training, practices and publications (the
 * information coverage of roadmap stage 7), then the curator's
 * own sections. Editable like every template (a school may upload the form its municipality prescribes).
 */
@Configuration(proxyBeanMethods = false)
public class AnnualReportTemplates {

    public static final String ANNUAL_REPORT = "monitoring-annual-report";

    @Bean
    DefaultTemplate annualReportTemplate() {
        return DefaultTemplate.of(
                ANNUAL_REPORT,
                TemplateBuilder.a4()
                        .centered("{{school.name}}", true)
                        .emptyLine()
                        .centered("АНАЛИТИЧЕСКАЯ СПРАВКА", true)
                        .centered("о реализации системы наставничества за {{year}} учебный год", true)
                        .emptyLine()
                        .paragraph("Период: с {{from}} по {{to}}.")
                        .paragraph("1. Показатели реализации системы наставничества")
                        .table(
                                new int[] {110, 35, 25},
                                List.of("Показатель", "Значение", "Ед."),
                                "indicators",
                                List.of("{{item.name}}", "{{item.value}}", "{{item.unit}}"))
                        .paragraph("2. Проведённые мероприятия")
                        .table(
                                new int[] {90, 40, 40},
                                List.of("Вид мероприятия", "Проведено", "Участников"),
                                "events",
                                List.of("{{item.kind}}", "{{item.held}}", "{{item.participants}}"))
                        .paragraph("3. Обучение наставников")
                        .paragraph(
                                "Наставников, прошедших обучение: {{training.trained}}; часов обучения: {{training.hours}}.")
                        .paragraph("4. Практики наставничества")
                        .table(
                                new int[] {110, 60},
                                List.of("Уровень", "Количество"),
                                "practices",
                                List.of("{{item.level}}", "{{item.count}}"))
                        .paragraph("5. Информационное сопровождение")
                        .paragraph("Опубликовано материалов в разделе «Наставничество»: {{publicationsTotal}}.")
                        .table(
                                new int[] {30, 100, 40},
                                List.of("Дата", "Заголовок", "Вид"),
                                "publications",
                                List.of("{{item.date}}", "{{item.title}}", "{{item.kind}}"))
                        .paragraph("6. Проблемы и затруднения")
                        .justified("{{notes.problems}}")
                        .paragraph("7. Задачи на следующий учебный год")
                        .justified("{{notes.tasks}}")
                        .paragraph("8. Дополнительные сведения")
                        .justified("{{notes.freeText}}")
                        .emptyLine()
                        .paragraph("Дата составления: {{date}}")
                        .paragraph("Куратор наставничества ______________________"),
                AnnualReportTemplates::sampleModel);
    }

    /** Every placeholder the template may use, with a value like a real one. */
    public static Map<String, Object> sampleModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("school", Map.of("name", "МБОУ «Средняя общеобразовательная школа № 1»"));
        model.put("year", "2025/2026");
        model.put("from", "01.09.2025");
        model.put("to", "31.08.2026");
        model.put(
                "indicators",
                List.of(Map.of("name", "Доля молодых педагогов с наставником", "value", "75,0", "unit", "%")));
        model.put("events", List.of(Map.of("kind", "Семинар", "held", "2", "participants", "14")));
        model.put("training", Map.of("trained", "3", "hours", "72"));
        model.put("practices", List.of(Map.of("level", "Школьный", "count", "1")));
        model.put("publicationsTotal", "1");
        model.put(
                "publications",
                List.of(Map.of(
                        "date",
                        "15.10.2025",
                        "title",
                        "Посвящение в наставники",
                        "kind",
                        "По проведённому мероприятию")));
        model.put(
                "notes",
                Map.of(
                        "problems",
                        "Высокая нагрузка наставников.",
                        "tasks",
                        "Обучить двух новых наставников.",
                        "freeText",
                        ""));
        model.put("date", "30.06.2026");
        return model;
    }
}
