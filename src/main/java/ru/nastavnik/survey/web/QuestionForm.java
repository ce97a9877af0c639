package ru.nastavnik.survey.web;

import java.util.ArrayList;
import java.util.List;
import ru.nastavnik.survey.BankField;
import ru.nastavnik.survey.Option;
import ru.nastavnik.survey.Question;
import ru.nastavnik.survey.QuestionType;

/** The "add a question" form: options are typed one per line; keys are given to them in order. */
record QuestionForm(
        Integer section,
        QuestionType type,
        String text,
        String hint,
        Boolean required,
        String options,
        Integer scaleMax,
        BankField bankField) {

    Question toQuestion() {
        if (bankField != null && !bankField.fixedOptions().isEmpty()) {
            return new Question(
                    "new",
                    type,
                    text,
                    hint,
                    Boolean.TRUE.equals(required),
                    bankField.fixedOptions(),
                    scaleMax,
                    bankField);
        }
        List<Option> parsed = new ArrayList<>();
        if (type != null && type.hasOptions() && options != null) {
            int n = 1;
            for (String line : options.split("\\R")) {
                if (!line.isBlank()) {
                    parsed.add(new Option(optionKey(line.strip(), n++), line));
                }
            }
        }
        return new Question("new", type, text, hint, Boolean.TRUE.equals(required), parsed, scaleMax, bankField);
    }

    /** A capacity question's options begin with numbers, and the banks read them as such; others are numbered. */
    private String optionKey(String label, int n) {
        if (bankField == BankField.MENTOR_CAPACITY && label.matches("\\d{1,2}.*")) {
            return label.replaceAll("^(\\d{1,2}).*", "$1");
        }
        return "o" + n;
    }
}
