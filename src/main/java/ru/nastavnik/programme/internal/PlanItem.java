package ru.nastavnik.programme.internal;

import java.time.LocalDate;
import ru.nastavnik.shared.InvalidInputException;

/**
 * An activity to put into a programme's plan; {@code reportForm}: how its result is reported (the plan table's
 * «Форма отчётности»: конспект урока, анализ урока, отчёт…), optional.
 */
public record PlanItem(
        String need,
        String title,
        String form,
        LocalDate dueOn,
        ActivityRole responsible,
        String expectedResult,
        String reportForm) {

    /** As the column of the programme's activity and of the template activity (its «evidence») it comes from. */
    static final int REPORT_FORM_MAX = 300;

    public PlanItem {
        title = title == null ? null : title.strip();
        reportForm = reportForm == null || reportForm.isBlank() ? null : reportForm.strip();
        if (title == null || title.isBlank() || title.length() > 500) {
            throw InvalidInputException.of("title", "programme.activity.title");
        }
        if (dueOn == null) {
            throw InvalidInputException.of("dueOn", "programme.activity.due");
        }
        if (responsible == null) {
            responsible = ActivityRole.BOTH;
        }
        if (reportForm != null && reportForm.length() > REPORT_FORM_MAX) {
            throw InvalidInputException.of("reportForm", "programme.activity.reportForm", REPORT_FORM_MAX);
        }
        if ((form != null && form.length() > 200)
                || (expectedResult != null && expectedResult.length() > 1000)
                || (need != null && need.length() > 200)) {
            throw InvalidInputException.of("title", "programme.activity.tooLong");
        }
    }
}
