package ru.nastavnik.mentorship;

import java.time.LocalDate;

import ru.nastavnik.shared.InvalidInputException;

/** An activity to put into a programme's plan. */
public record PlanItem(String need, String title, String form, LocalDate dueOn, ActivityRole responsible,
        String expectedResult, String reportForm) {

    public PlanItem {
        title = title == null ? null : title.strip();
        if (title == null || title.isBlank() || title.length() > 500) {
            throw InvalidInputException.of("title", "programme.activity.title");
        }
        if (dueOn == null) {
            throw InvalidInputException.of("dueOn", "programme.activity.due");
        }
        if (responsible == null) {
            responsible = ActivityRole.BOTH;
        }
        if ((form != null && form.length() > 200) || (expectedResult != null && expectedResult.length() > 1000)
                || (reportForm != null && reportForm.length() > 300) || (need != null && need.length() > 200)) {
            throw InvalidInputException.of("title", "programme.activity.tooLong");
        }
    }
}
