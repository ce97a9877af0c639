package ru.nastavnik.survey.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.nastavnik.shared.DefaultContent;
import ru.nastavnik.survey.BankField;
import ru.nastavnik.survey.FeedbackQuestionnaires;
import ru.nastavnik.survey.Option;
import ru.nastavnik.survey.Question;
import ru.nastavnik.survey.QuestionType;
import ru.nastavnik.survey.QuestionnaireContent;
import ru.nastavnik.survey.QuestionnairePurpose;
import ru.nastavnik.survey.Section;
import tools.jackson.core.type.TypeReference;

/**
 * The questionnaires shipped with the product, written for it: the teacher's professional needs, the potential
 * mentor's, and the satisfaction of mentors and mentees at the end of a programme. A curator starts from one
 * and edits the copy. Their wording is content, not code: it lives in {@code defaults/survey/*.json}, read once.
 */
public final class SurveyTemplates {

    public record Template(
            String code, QuestionnairePurpose purpose, String title, String description, QuestionnaireContent content) {

        public String messageKey() {
            return "survey.template." + code;
        }
    }

    private static final List<Template> ALL =
            DefaultContent.read("defaults/survey/questionnaires.json", new TypeReference<List<TemplateFile>>() {})
                    .stream()
                    .map(TemplateFile::template)
                    .toList();

    private static final Template EVENT_FEEDBACK = DefaultContent.read(
                    "defaults/survey/event-feedback.json", TemplateFile.class)
            .template();

    private static final NewQuestionnaire NEW =
            DefaultContent.read("defaults/survey/new-questionnaire.json", NewQuestionnaire.class);

    private SurveyTemplates() {}

    public static List<Template> all() {
        return ALL;
    }

    public static Optional<Template> find(String code) {
        return ALL.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The title of the one empty section a questionnaire made without a template starts with. */
    static String firstSectionTitle() {
        return NEW.firstSectionTitle();
    }

    /**
     * The feedback questionnaire an event's organiser sends to those who attended it; not offered among the templates
     * of a school's own questionnaires ({@link FeedbackQuestionnaires} makes it).
     */
    static Template eventFeedback() {
        return EVENT_FEEDBACK;
    }

    /** A template as written in the resource file; its questions are keyed «q1», «q2»… in order. */
    private record TemplateFile(
            String code, QuestionnairePurpose purpose, String title, String description, List<SectionFile> sections) {

        Template template() {
            List<Section> built = new ArrayList<>();
            int next = 1;
            for (SectionFile section : sections) {
                List<Question> questions = new ArrayList<>();
                for (QuestionFile q : section.questions()) {
                    questions.add(new Question(
                            "q" + next++,
                            q.type(),
                            q.text(),
                            q.hint(),
                            q.required(),
                            q.options() == null ? List.of() : q.options(),
                            q.scaleMax(),
                            q.bankField()));
                }
                built.add(new Section(section.title(), questions));
            }
            return new Template(code, purpose, title, description, new QuestionnaireContent(built));
        }
    }

    private record NewQuestionnaire(String firstSectionTitle) {}

    private record SectionFile(String title, List<QuestionFile> questions) {}

    private record QuestionFile(
            QuestionType type,
            String text,
            String hint,
            boolean required,
            List<Option> options,
            Integer scaleMax,
            BankField bankField) {}
}
