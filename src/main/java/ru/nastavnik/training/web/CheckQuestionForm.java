package ru.nastavnik.training.web;

import java.util.ArrayList;
import java.util.List;
import ru.nastavnik.survey.Option;
import ru.nastavnik.survey.Question;
import ru.nastavnik.survey.QuestionType;

/**
 * A question of a mastery check as the form sends it: options one per line, a right one marked by a leading «*».
 * Every question of a check must be answered.
 */
record CheckQuestionForm(QuestionType type, String text, Integer points, String options) {

    Question toQuestion() {
        List<Option> parsed = new ArrayList<>();
        if (type != null && type.hasOptions() && options != null) {
            int n = 1;
            for (String line : options.split("\\R")) {
                String label = line.strip();
                if (!label.isEmpty()) {
                    boolean correct = label.startsWith("*");
                    parsed.add(new Option("o" + n++, correct ? label.substring(1) : label, correct));
                }
            }
        }
        return new Question("new", type, text, null, true, parsed, null, null, points);
    }
}
