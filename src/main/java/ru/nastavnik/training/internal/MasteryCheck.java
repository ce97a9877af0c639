package ru.nastavnik.training.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.util.List;
import java.util.UUID;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;
import ru.nastavnik.shared.StaleVersionException;
import ru.nastavnik.survey.Question;
import ru.nastavnik.survey.QuestionnaireContent;
import ru.nastavnik.survey.Scoring;
import ru.nastavnik.survey.Section;
import ru.nastavnik.survey.SurveyJson;

/**
 * A mastery check: a scored questionnaire of the survey engine (one section of choice and free-text questions, each
 * with its points) and the pass mark out of their sum. It is usable in a course only with questions and a pass mark
 * within the maximum; an attempt keeps the check as it was taken, so later edits do not change a given score.
 */
@Entity
@Table(name = "training_mastery_check")
class MasteryCheck extends OrganisationOwned {

    static final int MAX_QUESTIONS = 50;

    @Id
    private UUID id;

    private String title;

    @Column(name = "pass_mark")
    private Integer passMark;

    @Column(name = "content")
    private String contentJson;

    @Transient
    private QuestionnaireContent content;

    @Version
    private Long version;

    protected MasteryCheck() {}

    MasteryCheck(OrganisationId owner, String title) {
        super(owner);
        this.id = UUID.randomUUID();
        rename(title);
        store(new QuestionnaireContent(List.of(new Section(this.title, List.of()))));
    }

    void addQuestion(Question question, Long readVersion) {
        check(readVersion);
        Scoring.requireScorable(question);
        if (content().questions().size() >= MAX_QUESTIONS) {
            throw InvalidInputException.of("questions", "training.check.tooManyQuestions", MAX_QUESTIONS);
        }
        store(content().withQuestion(0, question));
    }

    /** A question goes only if the pass mark stays within what is left. */
    void removeQuestion(String key, Long readVersion) {
        check(readVersion);
        if (content().question(key).isEmpty()) {
            throw InvalidInputException.of("question", "training.check.question.unknown");
        }
        QuestionnaireContent next = content().without(key);
        if (passMark != null && passMark > Scoring.maximum(next)) {
            throw InvalidInputException.of("question", "training.check.passMark.wouldExceed", passMark);
        }
        store(next);
    }

    void passMark(Integer mark, Long readVersion) {
        check(readVersion);
        int maximum = Scoring.maximum(content());
        if (maximum == 0) {
            throw InvalidInputException.of("passMark", "training.check.noQuestions");
        }
        if (mark == null || mark < 1 || mark > maximum) {
            throw InvalidInputException.of("passMark", "training.check.passMark.range", maximum);
        }
        passMark = mark;
    }

    /** Refuses a check that cannot be taken: no questions, or no pass mark (or one above the maximum). */
    void requireUsable() {
        int maximum = Scoring.maximum(content());
        if (maximum == 0) {
            throw InvalidInputException.of("check", "training.check.noQuestions");
        }
        if (passMark == null || passMark > maximum) {
            throw InvalidInputException.of("check", "training.check.passMark.range", maximum);
        }
    }

    void rename(String title) {
        if (title == null || title.isBlank() || title.strip().length() > 300) {
            throw InvalidInputException.of("title", "training.check.title.invalid", 300);
        }
        this.title = title.strip();
    }

    private void check(Long readVersion) {
        StaleVersionException.check(readVersion, version == null ? 0 : version);
    }

    private void store(QuestionnaireContent next) {
        content = next;
        contentJson = SurveyJson.write(next);
    }

    QuestionnaireContent content() {
        if (content == null) {
            content = SurveyJson.content(contentJson);
        }
        return content;
    }

    String contentJson() {
        return contentJson;
    }

    UUID id() {
        return id;
    }

    Integer passMark() {
        return passMark;
    }

    String title() {
        return title;
    }

    MasteryCheckView view() {
        return new MasteryCheckView(
                new MasteryCheckId(id),
                organisation(),
                title,
                passMark,
                Scoring.maximum(content()),
                content().questions(),
                version == null ? 0 : version);
    }
}
