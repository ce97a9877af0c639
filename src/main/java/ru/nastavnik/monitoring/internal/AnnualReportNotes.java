package ru.nastavnik.monitoring.internal;

import java.util.ArrayList;
import java.util.List;
import ru.nastavnik.shared.InvalidInputException;

/** What the curator writes into the annual report herself; each section at most {@value #MAX} characters. */
public record AnnualReportNotes(String problems, String tasks, String freeText) {

    public static final int MAX = 8000;

    public static final AnnualReportNotes EMPTY = new AnnualReportNotes("", "", "");

    public AnnualReportNotes {
        problems = clean(problems);
        tasks = clean(tasks);
        freeText = clean(freeText);
        List<InvalidInputException.Problem> refused = new ArrayList<>();
        check(refused, "problems", problems);
        check(refused, "tasks", tasks);
        check(refused, "freeText", freeText);
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    private static void check(List<InvalidInputException.Problem> refused, String field, String text) {
        if (text.length() > MAX) {
            refused.add(InvalidInputException.Problem.field(field, "annualReport.tooLong", MAX, text.length()));
        }
    }
}
