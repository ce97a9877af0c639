package ru.nastavnik.programme.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.programme.CompletedProgrammeViews.programme;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import ru.nastavnik.programme.ProgrammeStatus;
import ru.nastavnik.programme.ProgrammeView;

/**
 * What a completed programme's practice draft says, word for word as when it was written in Java (the wording is
 * in the message bundle now, issue 14, item 6).
 */
class PracticeDraftWordingTests {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasenames("i18n/module-texts");
        MESSAGES.setDefaultEncoding("UTF-8");
    }

    @Test
    void practiceDraftTellsGoalTasksTermActivitiesAndOwnEvaluations() {
        ProgrammeView p = programme(ProgrammeStatus.COMPLETED, "переведена в другую школу");

        assertThat(ProgrammePractices.title(p, MESSAGES))
                .isEqualTo("Опыт наставничества: Адаптация молодого специалиста");
        assertThat(ProgrammePractices.summary(p, true, false, MESSAGES))
                .isEqualTo("Цель: Адаптация  молодого\nспециалиста\n\n"
                        + "Задачи:\n— Дисциплина на уроке\n\n"
                        + "Срок: 01.09.2026 – 31.05.2027\n\n"
                        + "Мероприятия и результаты:\n"
                        + "— Разбор уроков: выполнено (проведено 3)\n"
                        + "— Наблюдение: выполнено\n"
                        + "— Открытый урок: не выполнено (ожидаемый результат: Урок проведён)\n"
                        + "— Классный час: не выполнено\n\n"
                        + "Программа завершена до плановой даты окончания или с невыполненными мероприятиями. "
                        + "Причина: переведена в другую школу\n\n"
                        + "Самооценка наставляемого: Я освоилась");
        assertThat(ProgrammePractices.summary(p, false, true, MESSAGES)).endsWith("\n\nОценка наставника: Успешно");
    }
}
