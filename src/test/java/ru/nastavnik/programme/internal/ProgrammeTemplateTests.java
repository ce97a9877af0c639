package ru.nastavnik.programme.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.InvalidInputException.Problem;
import ru.nastavnik.shared.SchoolTerm;

class ProgrammeTemplateTests {

    static final LocalDate FROM = LocalDate.of(2026, 9, 1);
    static final LocalDate TO = LocalDate.of(2027, 5, 31);

    @Test
    void aPlanFromAnEditedTemplateDatesEachActivityByItsTimingInDateOrder() {
        List<StandardActivity> standard = List.of(
                new StandardActivity(
                        "Итоговое собеседование", null, ActivityTiming.END, null, ActivityRole.CURATOR, null, null),
                new StandardActivity(
                        "Посещение уроков наставника",
                        "взаимопосещение",
                        ActivityTiming.SPREAD,
                        null,
                        null,
                        null,
                        null),
                new StandardActivity(
                        "Знакомство с коллективом", null, ActivityTiming.OFFSET, 5, ActivityRole.MENTOR, null, "лист"),
                new StandardActivity("Далеко за сроком", null, ActivityTiming.OFFSET, 700, null, null, null));
        Map<String, SuggestedActivity> own = Map.of(
                "parents",
                new SuggestedActivity("Собрание вместе с наставником", "собрание", "Собрание проведено", null));

        List<PlanItem> plan = ProgrammeTemplates.plan(
                SchoolTerm.STATUTORY,
                standard,
                own::get,
                List.of("parents", "t-own"),
                Map.of("parents", "Работа с родителями", "t-own", "Свой запрос"),
                FROM,
                TO);

        assertThat(plan)
                .extracting(PlanItem::title)
                .containsExactly(
                        "Знакомство с коллективом",
                        "Собрание вместе с наставником",
                        "Работа над запросом: Свой запрос",
                        "Посещение уроков наставника",
                        "Далеко за сроком",
                        "Итоговое собеседование");
        assertThat(plan.get(0).dueOn())
                .as("five days after 1 September is a Sunday: the next study day")
                .isEqualTo(LocalDate.of(2026, 9, 7));
        assertThat(plan.get(0).reportForm()).isEqualTo("лист");
        assertThat(plan.get(1).reportForm())
                .as("the school's suggestion names no report form")
                .isNull();
        assertThat(plan.get(4).dueOn())
                .as("an offset past the end is kept inside the period")
                .isEqualTo(TO);
        assertThat(plan.get(5).responsible()).isEqualTo(ActivityRole.CURATOR);
        assertThat(plan).allSatisfy(i -> assertThat(i.dueOn()).isBetween(FROM, TO));
    }

    @Test
    void anActivityForANeedTakesTheReportFormOfItsSuggestion() {
        Map<String, SuggestedActivity> own = Map.of(
                "parents", new SuggestedActivity("Собрание вместе с наставником", null, null, "  протокол собрания "));

        List<PlanItem> plan = ProgrammeTemplates.plan(
                SchoolTerm.STATUTORY,
                List.of(),
                own::get,
                List.of("parents"),
                Map.of("parents", "Работа с родителями"),
                FROM,
                TO);
        List<PlanItem> shipped =
                ProgrammeTemplates.plan(SchoolTerm.STATUTORY, List.of("discipline"), Map.of(), FROM, TO);

        assertThat(plan).singleElement().extracting(PlanItem::reportForm).isEqualTo("протокол собрания");
        assertThat(shipped)
                .filteredOn(i -> "discipline".equals(i.need()))
                .singleElement()
                .extracting(PlanItem::reportForm)
                .isEqualTo("анализ урока");
        assertThat(SuggestedActivity.problems(2, "Работа с родителями", "Собрание", null, null, "т".repeat(301)))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("reportForm");
                    assertThat(p.messageKey()).isEqualTo("programme.template.suggestion.reportForm");
                });
    }

    @Test
    void theShippedTemplateHasTheDiagnosticsTheOpenLessonAndTheEvaluation() {
        assertThat(ProgrammeTemplates.standard())
                .extracting(StandardActivity::timing)
                .containsExactly(ActivityTiming.START, ActivityTiming.BEFORE_END, ActivityTiming.END);
        assertThat(ActivityTiming.START.dueOn(new PlanDays(SchoolTerm.STATUTORY, FROM, TO), FROM, null))
                .as("the tenth study day")
                .isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(ActivityTiming.BEFORE_END.dueOn(new PlanDays(SchoolTerm.STATUTORY, FROM, TO), FROM, null))
                .as("fifteen study days before the last, 9 and 10 May being days off")
                .isEqualTo(LocalDate.of(2027, 5, 7));
        assertThat(ActivityTiming.BEFORE_END.dueOn(
                        new PlanDays(SchoolTerm.STATUTORY, FROM, FROM.plusDays(10)), FROM, null))
                .as("a short period")
                .isEqualTo(FROM.plusDays(10));
    }

    @Test
    void noActivityOfAPlanAcrossTheSummerFallsInTheHolidaysOrOnADayOff() {
        // a pair formed on Saturday 5 December for nine months ends on Sunday 5 September
        LocalDate from = LocalDate.of(2026, 12, 5);
        LocalDate to = LocalDate.of(2027, 9, 5);

        List<PlanItem> plan = ProgrammeTemplates.plan(
                SchoolTerm.STATUTORY,
                List.of("discipline", "parents", "documents", "t-own"),
                Map.of("t-own", "Свой запрос"),
                from,
                to);

        assertThat(plan).hasSize(7).allSatisfy(i -> {
            assertThat(i.dueOn()).isBetween(from, to);
            assertThat(SchoolTerm.STATUTORY.studyDay(i.dueOn()))
                    .as("%s on %s", i.title(), i.dueOn())
                    .isTrue();
        });
        assertThat(plan.stream().map(i -> i.dueOn().getDayOfWeek()).distinct())
                .as("not every date on the start's weekday")
                .hasSizeGreaterThan(2);
        assertThat(plan.get(0).dueOn()).as("the diagnostics").isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(plan.get(plan.size() - 1).dueOn())
                .as("the evaluation on the last study day")
                .isEqualTo(LocalDate.of(2027, 9, 3));
        assertThat(plan.get(plan.size() - 2).dueOn())
                .as("the open lesson before the summer, fifteen study days before the end")
                .isEqualTo(LocalDate.of(2027, 5, 13));
    }

    @Test
    void aBadRowIsNamedByItsNumberAndField() {
        List<Problem> problems =
                StandardActivity.problems(3, " ", "x".repeat(201), ActivityTiming.OFFSET, null, null, null);
        assertThat(problems).extracting(Problem::row).containsOnly(3);
        assertThat(problems).extracting(Problem::field).containsExactly("title", "form", "offsetDays");
        assertThat(problems)
                .extracting(Problem::messageKey)
                .containsExactly(
                        "programme.template.activity.title",
                        "programme.template.activity.form",
                        "programme.template.activity.offset");
        assertThatThrownBy(() -> new StandardActivity("Урок", null, null, null, null, null, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("programme.template.activity.timing");
        assertThatThrownBy(() -> new SuggestedActivity(null, "форма", null, null))
                .hasMessage("programme.template.suggestion.title");
    }

    @Test
    void noActivityOfAPlanFallsInThePupilsHolidays() {
        // a region's autumn, winter and spring holidays of 2026/27: no lessons to visit or to give
        List<LocalDate> holidays = java.util.stream.Stream.of(
                        LocalDate.of(2026, 10, 24).datesUntil(LocalDate.of(2026, 11, 2)),
                        LocalDate.of(2026, 12, 31).datesUntil(LocalDate.of(2027, 1, 11)),
                        LocalDate.of(2027, 3, 27).datesUntil(LocalDate.of(2027, 4, 5)))
                .flatMap(d -> d)
                .toList();
        SchoolTerm term = new SchoolTerm(ru.nastavnik.shared.WorkingDays.russian(List.of(), List.of()), holidays);
        // a pair formed just before the spring holidays: its first two weeks run across them
        LocalDate from = LocalDate.of(2027, 3, 22);

        List<PlanItem> plan =
                ProgrammeTemplates.plan(term, List.of("discipline", "parents", "documents"), Map.of(), from, TO);

        assertThat(plan)
                .isNotEmpty()
                .allSatisfy(i -> assertThat(holidays)
                        .as("%s on %s", i.title(), i.dueOn())
                        .doesNotContain(i.dueOn()));
        assertThat(plan.get(0).dueOn())
                .as("the diagnostics on the tenth study day: five before the holidays, five after")
                .isEqualTo(LocalDate.of(2027, 4, 9));
    }
}
