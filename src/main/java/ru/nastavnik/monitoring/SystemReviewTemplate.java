package ru.nastavnik.monitoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.nastavnik.documents.DefaultTemplate;
import ru.nastavnik.documents.TemplateBuilder;

/**
 * The yearly system-level review as a document: the figures by component in one table, then the curator's analysis
 * of each component (the 2021 recommendations' components of the mentorship system). Schools replace it with their
 * own DOCX.
 */
@Configuration(proxyBeanMethods = false)
class SystemReviewTemplate {

    static final String KIND = "monitoring-system-review";

    private static final List<String[]> SECTIONS = List.of(
            new String[] {"1. Организация и управление системой наставничества", "organisationManagement"},
            new String[] {"2. Нормативно-правовое обеспечение", "normativeBase"},
            new String[] {"3. Методическое сопровождение", "methodicalSupport"},
            new String[] {"4. Кадровое обеспечение", "staff"},
            new String[] {"5. Внутренний и внешний контур", "contour"},
            new String[] {"6. Удовлетворённость участников", "satisfaction"});

    @Bean
    DefaultTemplate systemReviewDocument() {
        TemplateBuilder b = TemplateBuilder.a4()
                .centered("Анализ системы наставничества педагогических работников", true)
                .centered("{{organisation.name}}", false)
                .centered("за {{year}} учебный год", false)
                .emptyLine()
                .table(
                        new int[] {50, 90, 25},
                        List.of("Компонент", "Показатель", "Значение"),
                        "figures",
                        List.of("{{item.component}}", "{{item.name}}", "{{item.value}}"))
                .emptyLine();
        for (String[] section : SECTIONS) {
            b.centered(section[0], true).justified("{{text." + section[1] + "}}");
        }
        b.emptyLine().paragraph("Куратор наставничества ____________________");
        return DefaultTemplate.of(KIND, b, SystemReviewTemplate::sample);
    }

    static Map<String, Object> sample() {
        Map<String, Object> text = new LinkedHashMap<>();
        for (String[] section : SECTIONS) {
            text.put(section[1], "Выводы куратора");
        }
        return Map.of(
                "organisation",
                Map.of("name", "МБОУ «Школа № 1»"),
                "year",
                "2025/2026",
                "figures",
                List.of(Map.of("component", "Кадровое обеспечение", "name", "Наставники", "value", "12")),
                "text",
                text);
    }
}
