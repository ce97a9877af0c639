package ru.nastavnik.programme.internal;

import java.util.ArrayList;
import java.util.List;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.InvalidInputException.Problem;

/** An activity every programme of a mentee category gets: what, in what form, when, who, what should come of it. */
public record StandardActivity(
        String title,
        String form,
        ActivityTiming timing,
        Integer offsetDays,
        ActivityRole responsible,
        String expectedResult,
        String evidence) {

    /** About two years: the longest programme a school's regulation allows is one year. */
    static final int MAX_OFFSET = 730;

    public StandardActivity {
        title = clean(title);
        form = clean(form);
        expectedResult = clean(expectedResult);
        evidence = clean(evidence);
        responsible = responsible == null ? ActivityRole.BOTH : responsible;
        offsetDays = timing == ActivityTiming.OFFSET ? offsetDays : null;
        List<Problem> problems = problems(0, title, form, timing, offsetDays, expectedResult, evidence);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** What is wrong with row {@code row} (counted from 1), each problem naming the row and the field. */
    static List<Problem> problems(
            int row,
            String title,
            String form,
            ActivityTiming timing,
            Integer offsetDays,
            String expectedResult,
            String evidence) {
        List<Problem> problems = new ArrayList<>();
        if (title == null || title.isBlank() || title.strip().length() > 500) {
            problems.add(Problem.cell(row, "title", "programme.template.activity.title", row));
        }
        if (form != null && form.strip().length() > 200) {
            problems.add(Problem.cell(row, "form", "programme.template.activity.form", row));
        }
        if (timing == null) {
            problems.add(Problem.cell(row, "timing", "programme.template.activity.timing", row));
        } else if (timing == ActivityTiming.OFFSET
                && (offsetDays == null || offsetDays < 0 || offsetDays > MAX_OFFSET)) {
            problems.add(Problem.cell(row, "offsetDays", "programme.template.activity.offset", row, MAX_OFFSET));
        }
        if (expectedResult != null && expectedResult.strip().length() > 1000) {
            problems.add(Problem.cell(row, "expectedResult", "programme.template.activity.expected", row));
        }
        if (evidence != null && evidence.strip().length() > 300) {
            problems.add(Problem.cell(row, "evidence", "programme.template.activity.evidence", row));
        }
        return problems;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
