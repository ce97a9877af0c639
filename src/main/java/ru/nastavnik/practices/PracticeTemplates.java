package ru.nastavnik.practices;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.nastavnik.documents.DefaultTemplate;

/**
 * A practice as an entry of the federal contest «Наставничество»: title, authors, problem, goals, content, results,
 * materials — editable like every template (an organisation may upload its own form of the contest).
 */
@Configuration(proxyBeanMethods = false)
class PracticeTemplates {

    static final String CONTEST = "practices-contest";

    @Bean
    DefaultTemplate contestTemplate() {
        return DefaultTemplate.of(CONTEST, PracticeTemplates::sampleModel);
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
