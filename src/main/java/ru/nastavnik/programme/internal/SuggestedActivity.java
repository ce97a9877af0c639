package ru.nastavnik.programme.internal;

import java.util.ArrayList;
import java.util.List;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.InvalidInputException.Problem;

/**
 * The activity a programme gets for one need of the vocabulary; {@code reportForm}: its «форма отчётности» in the
 * plan (none: left blank for the pair to fill in).
 */
public record SuggestedActivity(String title, String form, String expectedResult, String reportForm) {

    public SuggestedActivity {
        title = clean(title);
        form = clean(form);
        expectedResult = clean(expectedResult);
        reportForm = clean(reportForm);
        List<Problem> problems = problems(0, "", title, form, expectedResult, reportForm);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** What is wrong with the row of the need {@code need} (its title names it to the curator). */
    static List<Problem> problems(
            int row, String need, String title, String form, String expectedResult, String reportForm) {
        List<Problem> problems = new ArrayList<>();
        if (title == null || title.isBlank() || title.strip().length() > 500) {
            problems.add(Problem.cell(row, "title", "programme.template.suggestion.title", need));
        }
        if (form != null && form.strip().length() > 200) {
            problems.add(Problem.cell(row, "form", "programme.template.suggestion.form", need));
        }
        if (expectedResult != null && expectedResult.strip().length() > 1000) {
            problems.add(Problem.cell(row, "expectedResult", "programme.template.suggestion.expected", need));
        }
        if (reportForm != null && reportForm.strip().length() > PlanItem.REPORT_FORM_MAX) {
            problems.add(Problem.cell(
                    row, "reportForm", "programme.template.suggestion.reportForm", need, PlanItem.REPORT_FORM_MAX));
        }
        return problems;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
