package ru.nastavnik.practices;

import java.util.ArrayList;
import java.util.List;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.InvalidInputException.Problem;

/**
 * The practice in the shape of the federal contest «Наставничество»: title, summary, problem, goals, content,
 * results, materials. Title and summary are required; each section at most 8000 characters.
 */
public record PracticeDescription(
        String title, String summary, String problem, String goals, String content, String results, String materials) {

    static final int MAX = 8000;

    public PracticeDescription {
        title = strip(title);
        summary = strip(summary);
        problem = strip(problem);
        goals = strip(goals);
        content = strip(content);
        results = strip(results);
        materials = strip(materials);
        List<Problem> problems = new ArrayList<>();
        if (title == null || title.length() > 300) {
            problems.add(Problem.field("title", "practice.title.invalid"));
        }
        if (summary == null || summary.length() > MAX) {
            problems.add(Problem.field("summary", "practice.summary.invalid"));
        }
        String[] sections = {problem, goals, content, results, materials};
        String[] names = {"problem", "goals", "content", "results", "materials"};
        for (int i = 0; i < sections.length; i++) {
            if (sections[i] != null && sections[i].length() > MAX) {
                problems.add(Problem.field(names[i], "practice.section.tooLong", MAX));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
