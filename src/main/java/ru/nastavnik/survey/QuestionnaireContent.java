package ru.nastavnik.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.nastavnik.shared.InvalidInputException;

/** The sections and questions of a questionnaire; every change returns a new content. */
public record QuestionnaireContent(List<Section> sections) {

    static final int MAX_QUESTIONS = 200;

    public QuestionnaireContent {
        sections = sections == null ? List.of() : List.copyOf(sections);
        Set<String> keys = new HashSet<>();
        int count = 0;
        for (Section section : sections) {
            for (Question question : section.questions()) {
                count++;
                if (!keys.add(question.key())) {
                    throw InvalidInputException.of("key", "survey.question.key.duplicate", question.key());
                }
            }
        }
        if (count > MAX_QUESTIONS) {
            throw InvalidInputException.of("questions", "survey.questions.tooMany", MAX_QUESTIONS);
        }
        if (sections.size() > 50) {
            throw InvalidInputException.of("sections", "survey.sections.tooMany");
        }
    }

    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public Optional<Question> question(String key) {
        return questions().stream().filter(q -> q.key().equals(key)).findFirst();
    }

    public boolean usesTopics() {
        return questions().stream().anyMatch(q -> q.type() == QuestionType.TOPICS);
    }

    public QuestionnaireContent withSection(String title) {
        List<Section> next = new ArrayList<>(sections);
        next.add(new Section(title, List.of()));
        return new QuestionnaireContent(next);
    }

    /** Adds the question to the section, giving it a fresh key. */
    public QuestionnaireContent withQuestion(int sectionIndex, Question question) {
        Section section = section(sectionIndex);
        List<Question> questions = new ArrayList<>(section.questions());
        questions.add(new Question(
                nextKey(),
                question.type(),
                question.text(),
                question.hint(),
                question.required(),
                question.options(),
                question.scaleMax(),
                question.bankField(),
                question.points()));
        return replace(sectionIndex, new Section(section.title(), questions));
    }

    public QuestionnaireContent without(String key) {
        List<Section> next = sections.stream()
                .map(s -> new Section(
                        s.title(),
                        s.questions().stream().filter(q -> !q.key().equals(key)).toList()))
                .toList();
        return new QuestionnaireContent(next);
    }

    public QuestionnaireContent withoutSection(int sectionIndex) {
        section(sectionIndex);
        List<Section> next = new ArrayList<>(sections);
        next.remove(sectionIndex);
        return new QuestionnaireContent(next);
    }

    /** Moves a question one place up (-1) or down (+1) within its section. */
    public QuestionnaireContent moved(String key, int delta) {
        List<Section> next = new ArrayList<>();
        for (Section s : sections) {
            List<Question> questions = new ArrayList<>(s.questions());
            for (int i = 0; i < questions.size(); i++) {
                if (questions.get(i).key().equals(key)) {
                    int j = i + delta;
                    if (j >= 0 && j < questions.size()) {
                        questions.set(i, questions.get(j));
                        questions.set(j, s.questions().get(i));
                    }
                    break;
                }
            }
            next.add(new Section(s.title(), questions));
        }
        return new QuestionnaireContent(next);
    }

    /**
     * Answers checked against the questions: unknown questions refused, types checked; on submission every
     * required question must be answered. The first problem is reported with the question's text.
     */
    public Map<String, List<String>> check(
            Map<String, List<String>> answers, Set<String> topicCodes, boolean submitting) {
        Map<String, List<String>> given = answers == null ? Map.of() : answers;
        for (String key : given.keySet()) {
            if (question(key).isEmpty()) {
                throw InvalidInputException.of(key, "survey.answer.unknownQuestion", key);
            }
        }
        Map<String, List<String>> clean = new LinkedHashMap<>();
        for (Question question : questions()) {
            List<String> values = question.check(given.get(question.key()), topicCodes, submitting);
            if (!values.isEmpty()) {
                clean.put(question.key(), values);
            }
        }
        return clean;
    }

    private Section section(int index) {
        if (index < 0 || index >= sections.size()) {
            throw InvalidInputException.of("section", "survey.section.unknown");
        }
        return sections.get(index);
    }

    private QuestionnaireContent replace(int index, Section section) {
        List<Section> next = new ArrayList<>(sections);
        next.set(index, section);
        return new QuestionnaireContent(next);
    }

    private String nextKey() {
        int max = questions().stream()
                .map(Question::key)
                .filter(k -> k.matches("q\\d+"))
                .mapToInt(k -> Integer.parseInt(k.substring(1)))
                .max()
                .orElse(0);
        return "q" + (max + 1);
    }
}
