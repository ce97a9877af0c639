package ru.nastavnik.programme.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.programme.CompletedProgrammeViews.programme;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import ru.nastavnik.practices.PracticeDescription;
import ru.nastavnik.programme.ProgrammeStatus;
import ru.nastavnik.programme.ProgrammeView;

/**
 * What a completed programme's practice draft says, word for word: the contest's sections from the programme's goal,
 * tasks, plan and what was done — a text meant for publication, so never the reason it ended early nor an evaluation.
 */
class PracticeDraftWordingTests {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasenames("i18n/module-texts");
        MESSAGES.setDefaultEncoding("UTF-8");
    }

    @Test
    void practiceDraftTellsGoalTasksPlanAndWhatWasDoneInTheContestsSections() {
        ProgrammeView p = programme(ProgrammeStatus.COMPLETED, "переведена в другую школу");

        PracticeDescription d = ProgrammePractices.description(p, MESSAGES);

        assertThat(d.title()).isEqualTo("Опыт наставничества: Адаптация молодого специалиста");
        assertThat(d.summary())
                .isEqualTo("Цель: Адаптация  молодого\nспециалиста\n\n"
                        + "Срок: 01.09.2026 – 31.05.2027\n"
                        + "Выполнено мероприятий плана: 2 из 4.");
        assertThat(d.problem())
                .isEqualTo("Профессиональные запросы наставляемого педагога, с которыми работала пара:\n"
                        + "— Дисциплина на уроке");
        assertThat(d.goals()).isEqualTo("Цель: Адаптация  молодого\nспециалиста\n\nЗадачи:\n— Дисциплина на уроке");
        assertThat(d.content())
                .isEqualTo("Срок: 01.09.2026 – 31.05.2027\n\n"
                        + "Мероприятия плана:\n"
                        + "— Разбор уроков\n"
                        + "— Наблюдение\n"
                        + "— Открытый урок\n"
                        + "— Классный час");
        assertThat(d.results())
                .isEqualTo("Выполнено мероприятий плана: 2 из 4.\n"
                        + "— Разбор уроков: выполнено (проведено 3)\n"
                        + "— Наблюдение: выполнено");
        assertThat(d.materials()).isNull();
    }

    @Test
    void theDraftLeavesOutTheEarlyCompletionReasonAndBothEvaluations() {
        ProgrammeView p = programme(ProgrammeStatus.COMPLETED, "переведена в другую школу");

        PracticeDescription d = ProgrammePractices.description(p, MESSAGES);

        assertThat(String.join("\n", d.title(), d.summary(), d.problem(), d.goals(), d.content(), d.results()))
                .doesNotContain("переведена", "Причина", "Я освоилась", "Успешно", "Самооценка", "Оценка наставника");
    }
}
