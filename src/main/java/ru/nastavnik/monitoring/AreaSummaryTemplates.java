package ru.nastavnik.monitoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.nastavnik.documents.DefaultTemplate;
import ru.nastavnik.documents.TemplateBuilder;

/**
 * The municipality's or region's summary report over its schools: the area's indicators and a line per unit below
 * it. Aggregates only — a figure over one or two people reads «< 3». Editable like every template.
 */
@Configuration(proxyBeanMethods = false)
public class AreaSummaryTemplates {

    public static final String AREA_SUMMARY = "monitoring-area-summary";

    @Bean
    DefaultTemplate areaSummaryTemplate() {
        return DefaultTemplate.of(
                AREA_SUMMARY,
                TemplateBuilder.a4()
                        .centered("{{area.name}}", true)
                        .emptyLine()
                        .centered("СВОДНЫЙ ОТЧЁТ", true)
                        .centered("о реализации системы наставничества педагогических работников", true)
                        .centered("за период с {{from}} по {{to}}", false)
                        .emptyLine()
                        .paragraph("1. Показатели в целом")
                        .table(
                                new int[] {90, 30, 30, 20},
                                List.of("Показатель", "Значение", "Год назад", "Ед."),
                                "indicators",
                                List.of("{{item.name}}", "{{item.value}}", "{{item.before}}", "{{item.unit}}"))
                        .paragraph("2. По подразделениям")
                        .table(
                                new int[] {60, 28, 22, 20, 20, 20},
                                List.of(
                                        "Подразделение",
                                        "Доля молодых педагогов с наставником, %",
                                        "Наставников",
                                        "Пар",
                                        "Мероприятий",
                                        "Практик"),
                                "units",
                                List.of(
                                        "{{item.name}}",
                                        "{{item.young}}",
                                        "{{item.mentors}}",
                                        "{{item.pairs}}",
                                        "{{item.events}}",
                                        "{{item.practices}}"))
                        .emptyLine()
                        .paragraph(
                                "Значение «< 3» означает, что показатель относится к одному-двум людям и не раскрывается.")
                        .paragraph("Дата составления: {{date}}"),
                AreaSummaryTemplates::sampleModel);
    }

    /** Every placeholder the template may use, with a value like a real one. */
    public static Map<String, Object> sampleModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("area", Map.of("name", "Управление образования администрации г. Заречный"));
        model.put("from", "01.09.2025");
        model.put("to", "31.08.2026");
        model.put(
                "indicators",
                List.of(Map.of("name", "Количество наставников", "value", "42", "before", "37", "unit", "ед.")));
        model.put(
                "units",
                List.of(Map.of(
                        "name",
                        "МБОУ СОШ № 1",
                        "young",
                        "75,0",
                        "mentors",
                        "6",
                        "pairs",
                        "7",
                        "events",
                        "3",
                        "practices",
                        "1")));
        model.put("date", "30.06.2026");
        return model;
    }
}
