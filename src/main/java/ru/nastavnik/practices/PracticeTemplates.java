package ru.nastavnik.practices;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.nastavnik.documents.DefaultTemplate;
import ru.nastavnik.documents.TemplateBuilder;

/**
 * A practice as an entry of the federal contest «Наставничество»: title, authors, problem, goals, content, results,
 * materials — editable like every template (an organisation may upload its own form of the contest).
 */
@Configuration(proxyBeanMethods = false)
class PracticeTemplates {

    static final String CONTEST = "practices-contest";

    @Bean
    DefaultTemplate contestTemplate() {
        return DefaultTemplate.of(CONTEST, TemplateBuilder.a4()
                .centered("{{school.name}}", true)
                .centered("{{school.locality}}", false)
                .emptyLine()
                .centered("ОПИСАНИЕ ПРАКТИКИ НАСТАВНИЧЕСТВА", true)
                .centered("для участия во Всероссийском конкурсе «Наставничество»", false)
                .emptyLine()
                .paragraph("1. Название практики: {{practice.title}}")
                .paragraph("2. Авторы практики:")
                .table(new int[] { 10, 80, 80 }, List.of("№", "ФИО", "Должность"),
                        "authors", List.of("{{index}}", "{{item.fullName}}", "{{item.position}}"))
                .paragraph("3. Краткое описание:")
                .justified("{{practice.summary}}")
                .paragraph("4. Проблема, на решение которой направлена практика:")
                .justified("{{practice.problem}}")
                .paragraph("5. Цели и задачи:")
                .justified("{{practice.goals}}")
                .paragraph("6. Содержание практики:")
                .justified("{{practice.content}}")
                .paragraph("7. Результаты:")
                .justified("{{practice.results}}")
                .paragraph("8. Материалы:")
                .justified("{{practice.materials}}")
                .emptyLine()
                .paragraph("Уровень методической копилки: {{practice.level}}")
                .paragraph("Согласие авторов на распространение: {{practice.consent}}")
                .paragraph("Дата: {{date}}"), PracticeTemplates::sampleModel);
    }

    /** Every placeholder the template may use, with a value like a real one. */
    static Map<String, Object> sampleModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("school", Map.of("name", "МБОУ «Средняя общеобразовательная школа № 1»", "locality", "г. Заречный"));
        Map<String, Object> practice = new LinkedHashMap<>();
        practice.put("title", "Адаптация молодого педагога через взаимопосещение уроков");
        practice.put("summary", "Пара наставник — молодой специалист посещает уроки друг друга и разбирает их.");
        practice.put("problem", "Молодые педагоги уходят из школы в первые три года работы.");
        practice.put("goals", "Закрепить молодого педагога в профессии; повысить качество его уроков.");
        practice.put("content", "Еженедельные взаимопосещения, разбор по карте наблюдения, общий план развития.");
        practice.put("results", "Все молодые педагоги остались в школе; выросли результаты их классов.");
        practice.put("materials", "Карта наблюдения урока; план развития молодого педагога.");
        practice.put("level", "муниципальный");
        practice.put("consent", "получено 01.03.2027");
        model.put("practice", practice);
        model.put("authors", List.of(Map.of("fullName", "Иванова Мария Петровна", "position", "учитель математики")));
        model.put("date", "15.03.2027");
        return model;
    }
}
