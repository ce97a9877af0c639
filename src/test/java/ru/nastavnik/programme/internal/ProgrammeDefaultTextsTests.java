package ru.nastavnik.programme.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.nastavnik.MovedTexts;
import ru.nastavnik.bank.MenteeCategory;
import ru.nastavnik.shared.SchoolTerm;

/** The shipped programme templates read from {@code defaults/programme/templates.json} are those the Java held. */
class ProgrammeDefaultTextsTests {

    @Test
    void shippedTemplatesAreTheOnesWrittenInJavaBefore() {
        Map<String, Object> all = new LinkedHashMap<>();
        Map<String, String> goals = new LinkedHashMap<>();
        for (MenteeCategory c : MenteeCategory.values()) {
            goals.put(c.name(), ProgrammeTemplates.goal(c));
        }
        all.put("goals", goals);
        all.put("standard", ProgrammeTemplates.standard());
        Map<String, SuggestedActivity> byNeed = new LinkedHashMap<>();
        for (String need : List.of(
                "subject-methods",
                "fgos",
                "work-programme",
                "assessment",
                "differentiation",
                "inclusion",
                "discipline",
                "class-teacher",
                "parents",
                "documents",
                "digital-tools",
                "functional-literacy",
                "projects",
                "exams",
                "time-burnout")) {
            byNeed.put(need, ProgrammeTemplates.suggestion(need));
        }
        all.put("byNeed", byNeed);
        all.put(
                "plan",
                ProgrammeTemplates.plan(
                        SchoolTerm.STATUTORY,
                        List.of("subject-methods", "own", "exams", "parents"),
                        Map.of("own", "Своё", "exams", "ГИА"),
                        LocalDate.of(2026, 9, 1),
                        LocalDate.of(2027, 5, 31)));

        MovedTexts.assertSameAs("programme/templates.json", all);
    }

    @Test
    void aNeedOfTheSchoolsOwnGetsTheGeneralActivityWithItsTitle() {
        PlanItem own = ProgrammeTemplates.plan(
                        SchoolTerm.STATUTORY,
                        List.of("own"),
                        Map.of("own", "Своё"),
                        LocalDate.of(2026, 9, 1),
                        LocalDate.of(2027, 5, 31))
                .stream()
                .filter(p -> "Своё".equals(p.need()))
                .findFirst()
                .orElseThrow();

        assertThat(own.title()).isEqualTo("Работа над запросом: Своё");
        assertThat(own.form()).isEqualTo("консультация, совместная работа");
        assertThat(own.expectedResult()).isEqualTo("Запрос закрыт");
        assertThat(own.reportForm()).isEqualTo("отчёт наставляемого");
        assertThat(ProgrammeTemplates.goal(MenteeCategory.OTHER)).isEqualTo("Профессиональное развитие педагога.");
        assertThat(ProgrammeTemplates.standard()).hasSize(3);
        assertThat(ProgrammeTemplates.title("Сидоров Олег Петрович, Котова Анна Ивановна"))
                .isEqualTo("Персонализированная программа наставничества: Сидоров Олег Петрович, Котова Анна Ивановна");
    }
}
