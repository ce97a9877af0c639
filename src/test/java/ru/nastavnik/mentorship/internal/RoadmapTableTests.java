package ru.nastavnik.mentorship.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import ru.nastavnik.bank.BankSettingsView;
import ru.nastavnik.bank.MentoringForms;
import ru.nastavnik.mentorship.RoadmapSource;

class RoadmapTableTests {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasenames("i18n/module-texts");
        MESSAGES.setDefaultEncoding("UTF-8");
    }

    private final Map<String, Object> sevenStages = RegulationModel.of(
            DocumentSamples.school(), new BankSettingsView(2, 3, 0), MentoringForms.DEFAULTS, null, 1);

    @Test
    void activitiesAreNumberedWithinTheirStageWhoseNameOpensItsFirstRowAndAnEmptyStageKeepsItsRow() {
        Map<String, Object> model = RoadmapTable.withPlan(
                sevenStages,
                List.of(
                        new RoadmapSource.Row(1, "Приказ о Положении", LocalDate.of(2026, 9, 30), null),
                        new RoadmapSource.Row(1, "Согласия", null, "Иванова Мария Петровна"),
                        new RoadmapSource.Row(3, "Банк наставников", LocalDate.of(2026, 10, 31), null)),
                MESSAGES);

        @SuppressWarnings("unchecked")
        List<Map<String, String>> rows = (List<Map<String, String>>) model.get("stages");
        assertThat(rows)
                .extracting(r -> r.get("number"))
                .containsExactly("1.1.", "1.2.", "2.", "3.1.", "4.", "5.", "6.", "7.");
        assertThat(rows.get(0))
                .containsEntry("title", "Подготовка условий для реализации системы наставничества")
                .containsEntry("deadline", "до 30.09.2026")
                // no one named: the stage's roles answer for the row
                .containsEntry("responsible", "Директор, куратор наставничества");
        assertThat(rows.get(1))
                .containsEntry("title", "")
                .containsEntry("deadline", "")
                .containsEntry("responsible", "Иванова Мария Петровна");
        assertThat(rows.get(2))
                .containsEntry("title", "Формирование банка наставляемых")
                .containsEntry("content", "");
        assertThat(model.get("roadmap")).isEqualTo(Map.of("ownPlan", true, "deadlines", true, "responsible", true));
    }

    @Test
    void theDeadlinesColumnIsThereOnlyWhenThePlanKeepsThemAndWhoAnswersAlways() {
        assertThat(RoadmapTable.withPlan(
                                sevenStages, List.of(new RoadmapSource.Row(2, "Анкетирование", null, null)), MESSAGES)
                        .get("roadmap"))
                .isEqualTo(Map.of("ownPlan", true, "deadlines", false, "responsible", true));
        assertThat(sevenStages.get("roadmap"))
                .isEqualTo(Map.of("ownPlan", false, "deadlines", false, "responsible", true));
    }
}
