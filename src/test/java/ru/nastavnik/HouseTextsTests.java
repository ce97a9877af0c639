package ru.nastavnik;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import ru.nastavnik.shared.web.Dates;

/**
 * The texts that session 16 moved out of Java (download file names, a roadmap document's label, the programme
 * calendar's line, the gratitude letters' phrases, the publishing module's list of publications and document
 * headings) read byte for byte as the Java wrote them: each expected value below is the old expression, evaluated
 * by hand.
 */
class HouseTextsTests {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasenames("i18n/house-texts");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    @Test
    void downloadFileNamesAreTheOnesTheControllersWrote() {
        LocalDate from = LocalDate.of(2026, 9, 1);
        LocalDate to = LocalDate.of(2026, 9, 30);
        // "Ведомость выплат " + period.from() + " — " + period.to() + ".xlsx"
        assertThat(text("house.file.paymentStatementApi", from.toString(), to.toString()))
                .isEqualTo("Ведомость выплат 2026-09-01 — 2026-09-30.xlsx");
        // "Ведомость выплат за наставничество " + period.from() + " — " + period.to() + ".xlsx"
        assertThat(text("house.file.paymentStatement", from.toString(), to.toString()))
                .isEqualTo("Ведомость выплат за наставничество 2026-09-01 — 2026-09-30.xlsx");
        // "Анализ системы наставничества " + view.schoolYear().replace('/', '-') + ".docx"
        assertThat(text("house.file.systemReview", "2026/2027".replace('/', '-')))
                .isEqualTo("Анализ системы наставничества 2026-2027.docx");
        // "Документы по наставничеству " + DATE.format(start) + " — " + DATE.format(end) + ".zip"
        assertThat(text("house.file.inspectionPackage", Dates.DATE.format(from), Dates.DATE.format(to)))
                .isEqualTo("Документы по наставничеству 01.09.2026 — 30.09.2026.zip");
        assertThat(text("house.file.programmeActivity")).isEqualTo("Мероприятие программы.ics");
        // name.substring(0, name.length() - extension.length() - 1) + " — скан." + extension
        assertThat(text("house.file.orderScan", "Приказ № 12-о от 01.09.2026", "pdf"))
                .isEqualTo("Приказ № 12-о от 01.09.2026 — скан.pdf");
        // d.title() + " от " + Dates.DATE.format(d.date())
        assertThat(text("house.roadmap.evidence.document", "Протокол педсовета № 1", "01.09.2026"))
                .isEqualTo("Протокол педсовета № 1 от 01.09.2026");
    }

    @Test
    void theProgrammeAndMonitoringWordsAreUnchanged() {
        assertThat(text("house.programme.calendar.description")).isEqualTo("Программа наставничества");
        assertThat(text("house.monitoring.outsider")).isEqualTo("работник другой организации");
    }

    @Test
    void theGratitudeLettersPhrasesAndFileNamesAreUnchanged() {
        // (mentees.contains(",") ? "наставляемые — " : "наставляемый — ") + mentees
        assertThat(text("house.gratitude.mentee", "Новикова Анна Сергеевна"))
                .isEqualTo("наставляемый — Новикова Анна Сергеевна");
        // a woman mentee is «наставляемая» (the letter read as a director signs it)
        assertThat(text("house.gratitude.mentee.female", "Новикова Анна Сергеевна"))
                .isEqualTo("наставляемая — Новикова Анна Сергеевна");
        assertThat(text("house.gratitude.mentees", "Новикова Анна Сергеевна, Орлова Ира Ивановна"))
                .isEqualTo("наставляемые — Новикова Анна Сергеевна, Орлова Ира Ивановна");
        // "Благодарности наставникам" + (number == null ? "" : " — приказ № " + number) + ".docx"
        assertThat(text("house.gratitude.file")).isEqualTo("Благодарности наставникам.docx");
        assertThat(text("house.gratitude.file.numbered", "12/1-о"))
                .isEqualTo("Благодарности наставникам — приказ № 12/1-о.docx");
    }

    @Test
    void theListOfPublicationsAndAPublicDocumentsHeadingAreUnchanged() {
        assertThat(text("house.publishing.list.section")).isEqualTo("Публикации");
        assertThat(text("house.publishing.list.sheet")).isEqualTo("Публикации");
        assertThat(text("house.publishing.list.file")).isEqualTo("Перечень публикаций.xlsx");
        assertThat(text("house.publishing.list.title"))
                .isEqualTo("Перечень публикаций раздела «Наставничество» за период");
        assertThat(text("house.publishing.list.heading", "01.09.2026", "30.09.2026"))
                .isEqualTo("Перечень публикаций за период с 01.09.2026 по 30.09.2026");
        assertThat(text("house.publishing.list.columns").split("\\|"))
                .containsExactly("№", "Заголовок", "Вид", "Дата публикации", "Состояние", "Ссылка");
        // part + (number == null ? "" : " № " + number) + (date == null ? "" : " от " + DATE.format(date))
        String numbered = text("house.publishing.document.numbered", "Приказ", "12-о");
        assertThat(numbered).isEqualTo("Приказ № 12-о");
        assertThat(text("house.publishing.document.dated", numbered, "01.09.2026"))
                .isEqualTo("Приказ № 12-о от 01.09.2026");
        assertThat(text("house.publishing.document.dated", "Положение о системе наставничества", "01.09.2026"))
                .isEqualTo("Положение о системе наставничества от 01.09.2026");
    }

    private static String text(String key, Object... arguments) {
        return MESSAGES.getMessage(key, arguments, RUSSIAN);
    }
}
