package ru.nastavnik.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.shared.OrganisationId;

/**
 * What a completed programme's practice draft and its document say, word for word as when it was written in Java
 * (the wording is in the message bundle now, issue 14, item 6).
 */
class ProgrammeWordingTests {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasenames("i18n/module-texts");
        MESSAGES.setDefaultEncoding("UTF-8");
    }

    private static final ActivityView DONE_WITH_NOTE =
            activity("Разбор уроков", LocalDate.of(2026, 10, 15), "проведено 3", "Уроки разобраны");
    private static final ActivityView DONE = activity("Наблюдение", LocalDate.of(2026, 11, 2), null, null);
    private static final ActivityView UNDONE_EXPECTED = activity("Открытый урок", null, null, "Урок проведён");
    private static final ActivityView UNDONE = activity("Классный час", null, null, null);

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

    @Test
    void documentMarksActivitiesAndAnEarlyCompletion() {
        ProgrammeView p = programme(ProgrammeStatus.COMPLETED, "переведена в другую школу");

        assertThat(ProgrammeDocument.done(DONE_WITH_NOTE, true, MESSAGES))
                .isEqualTo("выполнено 15.10.2026: проведено 3");
        assertThat(ProgrammeDocument.done(DONE, false, MESSAGES)).isEqualTo("выполнено 02.11.2026");
        assertThat(ProgrammeDocument.done(UNDONE, true, MESSAGES)).isEqualTo("не выполнено");
        assertThat(ProgrammeDocument.done(UNDONE, false, MESSAGES)).isEmpty();
        assertThat(ProgrammeDocument.completion(p, MESSAGES))
                .isEqualTo("Программа завершена 20.04.2027 до плановой даты окончания или с невыполненными "
                        + "мероприятиями (выполнено 50 %). Причина: переведена в другую школу");
        assertThat(ProgrammeDocument.completion(programme(ProgrammeStatus.COMPLETED, null), MESSAGES))
                .isEmpty();
    }

    private static ProgrammeView programme(ProgrammeStatus status, String completionNote) {
        return new ProgrammeView(
                UUID.randomUUID(),
                new OrganisationId(UUID.randomUUID()),
                new MentorshipId(UUID.randomUUID()),
                "Программа",
                "Адаптация  молодого\nспециалиста",
                "— Дисциплина на уроке",
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 5, 31),
                status,
                LocalDate.of(2026, 9, 5),
                List.of(DONE_WITH_NOTE, DONE, UNDONE_EXPECTED, UNDONE),
                "Я освоилась",
                "Успешно",
                null,
                LocalDate.of(2027, 4, 20),
                completionNote,
                0);
    }

    private static ActivityView activity(String title, LocalDate doneOn, String note, String expected) {
        return new ActivityView(
                UUID.randomUUID(),
                1,
                null,
                title,
                null,
                LocalDate.of(2026, 10, 1),
                ActivityRole.BOTH,
                expected,
                null,
                doneOn,
                note,
                false,
                false,
                0);
    }
}
