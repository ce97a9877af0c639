package ru.nastavnik.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.programme.CompletedProgrammeViews.DONE;
import static ru.nastavnik.programme.CompletedProgrammeViews.DONE_WITH_NOTE;
import static ru.nastavnik.programme.CompletedProgrammeViews.UNDONE;
import static ru.nastavnik.programme.CompletedProgrammeViews.programme;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * What a completed programme's document says, word for word as when it was written in Java (the wording is in the
 * message bundle now, issue 14, item 6).
 */
class ProgrammeWordingTests {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasenames("i18n/module-texts");
        MESSAGES.setDefaultEncoding("UTF-8");
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
}
