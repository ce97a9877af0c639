package ru.nastavnik.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The questionnaires shipped with the product, written for it: the teacher's professional needs, the potential
 * mentor's, and the satisfaction of mentors and mentees at the end of a programme. A curator starts from one
 * and edits the copy.
 */
public final class SurveyTemplates {

    public record Template(String code, QuestionnairePurpose purpose, String title, String description,
            QuestionnaireContent content) {

        public String messageKey() {
            return "survey.template." + code;
        }
    }

    private static final List<Template> ALL = List.of(needs(), potentialMentor(), satisfactionMentee(), satisfactionMentor());

    private SurveyTemplates() {
    }

    public static List<Template> all() {
        return ALL;
    }

    public static Optional<Template> find(String code) {
        return ALL.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    private static Template needs() {
        Builder b = new Builder();
        b.section("О вас");
        b.single("Сколько лет вы работаете в сфере образования?", true, null,
                "lt1", "меньше года", "1-3", "от 1 до 3 лет", "3-5", "от 3 до 5 лет", "5-10", "от 5 до 10 лет", "gt10", "больше 10 лет");
        b.single("Что лучше всего описывает вашу ситуацию?", true, BankField.MENTEE_CATEGORY,
                "YOUNG_SPECIALIST", "Я молодой специалист (первые три года после окончания обучения)",
                "NEW_EMPLOYEE", "Я недавно пришёл (пришла) в эту школу",
                "NEW_POSITION", "Я перешёл (перешла) на новую должность или начал(а) вести новый предмет",
                "PROFESSIONAL_DEFICITS", "Я испытываю профессиональные затруднения в отдельных вопросах",
                "ON_REQUEST", "Хочу развиваться вместе с наставником по собственному желанию");
        b.section("Профессиональные затруднения");
        b.topics("В каких вопросах вам нужна поддержка наставника? Отметьте всё, что подходит.", true, BankField.MENTEE_NEEDS);
        b.scale("Насколько уверенно вы чувствуете себя на уроке?", true, 5,
                "1 — совсем неуверенно, 5 — полностью уверенно");
        b.scale("Насколько легко вам даётся работа с документацией (рабочие программы, журнал, отчёты)?", false, 5, null);
        b.text("Опишите своими словами, с чем вы хотели бы справиться лучше", false, BankField.MENTEE_NEEDS_NOTE);
        b.section("Как вам удобнее работать");
        b.multiple("Какие формы работы с наставником вам подходят?", false, null,
                "visits", "взаимное посещение уроков", "consult", "индивидуальные консультации",
                "group", "занятия в группе коллег", "online", "дистанционные встречи", "tasks", "совместная разработка материалов");
        b.single("Как часто вы готовы встречаться с наставником?", false, null,
                "weekly", "раз в неделю", "biweekly", "раз в две недели", "monthly", "раз в месяц");
        b.text("Есть ли коллега, у которого вы хотели бы учиться?", false, null);
        b.section("Наставник");
        b.single("Нужен ли вам сейчас наставник?", false, BankField.MENTEE_WANTS_MENTOR,
                "yes", "Да, мне нужен наставник", BankField.NOT_NOW, "Мне сейчас не нужен наставник");
        return new Template("needs", QuestionnairePurpose.NEEDS, "Анкета педагога: профессиональные запросы и затруднения",
                "Анкета поможет подобрать вам наставника и составить персонализированную программу. Ответы увидит "
                        + "только куратор наставничества.", b.content());
    }

    private static Template potentialMentor() {
        Builder b = new Builder();
        b.section("Готовность стать наставником");
        b.single("Готовы ли вы стать наставником для коллеги?", true, BankField.MENTOR_WILLING,
                "yes", "да", "maybe", "да, если будет нужна помощь в подготовке", "no", "нет, не в этом году");
        b.topics("В каких вопросах вы можете помочь коллегам?", true, BankField.MENTOR_COMPETENCES);
        b.text("Ваши профессиональные достижения (конкурсы, публикации, результаты учеников)", false, BankField.MENTOR_ACHIEVEMENTS);
        b.single("Был ли у вас опыт наставничества?", false, null,
                "none", "нет", "informal", "да, неформально", "formal", "да, по приказу в рамках программы наставничества");
        b.section("Условия");
        b.single("Скольких наставляемых вы можете взять одновременно?", true, BankField.MENTOR_CAPACITY,
                "1", "одного", "2", "двух", "3", "трёх");
        b.multiple("Какие формы наставничества вам ближе?", false, BankField.MENTOR_FORMS,
                "f1", "традиционная (один на один)", "f2", "групповая", "f3", "виртуальная (дистанционная)",
                "f4", "краткосрочная (целеполагающая)", "f5", "реверсивная", "f6", "ситуационная");
        b.text("Когда вам удобно встречаться с наставляемым (дни, время)?", false, BankField.MENTOR_AVAILABILITY);
        b.single("Хотели бы вы пройти обучение для наставников?", false, null,
                "yes", "да", "done", "уже прошёл (прошла)", "no", "нет");
        return new Template("potential-mentor", QuestionnairePurpose.POTENTIAL_MENTOR, "Анкета потенциального наставника",
                "Анкета для формирования банка наставников школы. Ответы увидит куратор наставничества.", b.content());
    }

    /**
     * The feedback questionnaire an event's organiser sends to those who attended it; not offered among the templates
     * of a school's own questionnaires ({@link FeedbackQuestionnaires} makes it).
     */
    static Template eventFeedback() {
        Builder b = new Builder();
        b.section("Ваш отзыв о мероприятии");
        b.scale("Насколько мероприятие было полезным для вас?", true, 5, "1 — бесполезным, 5 — очень полезным");
        b.scale("Насколько понятно и интересно был изложен материал?", true, 5, null);
        b.single("Примените ли вы услышанное в своей работе?", true, null,
                "yes", "да", "partly", "частично", "no", "нет");
        b.text("Что было самым полезным?", false, null);
        b.text("Что стоит изменить в следующий раз?", false, null);
        return new Template("event-feedback", QuestionnairePurpose.OTHER, "Отзыв о мероприятии",
                "Анкета для участников мероприятия. Ответы увидит его организатор в обобщённом виде.", b.content());
    }

    private static Template satisfactionMentee() {
        Builder b = new Builder();
        b.section("Ваша работа с наставником");
        b.scale("Насколько вы удовлетворены работой с наставником в целом?", true, 10, "1 — совсем не удовлетворён, 10 — полностью");
        b.scale("Насколько программа соответствовала вашим запросам?", true, 5, null);
        b.scale("Насколько регулярными и полезными были встречи?", true, 5, null);
        b.scale("Насколько увереннее вы чувствуете себя в профессии, чем до начала программы?", true, 5, null);
        b.topics("В каких вопросах вы получили наибольшую помощь?", false, null);
        b.single("Хотели бы вы продолжить работу с наставником?", true, null,
                "yes", "да", "other", "да, но с другим наставником", "no", "нет, помощь больше не нужна");
        b.text("Что было самым полезным?", false, null);
        b.text("Что стоит изменить в программе наставничества?", false, null);
        return new Template("satisfaction-mentee", QuestionnairePurpose.SATISFACTION_MENTEE,
                "Удовлетворённость программой наставничества: анкета наставляемого",
                "Анкета по итогам программы. Ответы помогут улучшить наставничество в школе.", b.content());
    }

    private static Template satisfactionMentor() {
        Builder b = new Builder();
        b.section("Ваша работа наставником");
        b.scale("Насколько вы удовлетворены участием в программе наставничества?", true, 10, "1 — совсем не удовлетворён, 10 — полностью");
        b.scale("Насколько цели персонализированной программы были достигнуты?", true, 5, null);
        b.scale("Насколько наставляемый был вовлечён в работу?", true, 5, null);
        b.scale("Достаточно ли было методической и организационной поддержки куратора?", true, 5, null);
        b.single("Как изменилась ваша нагрузка?", false, null,
                "ok", "приемлемо", "high", "нагрузка была высокой", "too-high", "нагрузка была чрезмерной");
        b.single("Готовы ли вы быть наставником в следующем году?", true, null, "yes", "да", "maybe", "возможно", "no", "нет");
        b.text("Какие результаты наставляемого вы считаете главными?", false, null);
        b.text("Что бы вы предложили изменить?", false, null);
        return new Template("satisfaction-mentor", QuestionnairePurpose.SATISFACTION_MENTOR,
                "Удовлетворённость программой наставничества: анкета наставника",
                "Анкета по итогам программы. Ответы помогут улучшить наставничество в школе.", b.content());
    }

    private static final class Builder {

        private final List<Section> sections = new ArrayList<>();
        private String title;
        private List<Question> questions;
        private int next = 1;

        void section(String sectionTitle) {
            flush();
            title = sectionTitle;
            questions = new ArrayList<>();
        }

        void single(String text, boolean required, BankField field, String... keysAndLabels) {
            add(QuestionType.SINGLE, text, null, required, options(keysAndLabels), null, field);
        }

        void multiple(String text, boolean required, BankField field, String... keysAndLabels) {
            add(QuestionType.MULTIPLE, text, null, required, options(keysAndLabels), null, field);
        }

        void scale(String text, boolean required, int max, String hint) {
            add(QuestionType.SCALE, text, hint, required, List.of(), max, null);
        }

        void text(String text, boolean required, BankField field) {
            add(QuestionType.TEXT, text, null, required, List.of(), null, field);
        }

        void topics(String text, boolean required, BankField field) {
            add(QuestionType.TOPICS, text, null, required, List.of(), null, field);
        }

        QuestionnaireContent content() {
            flush();
            return new QuestionnaireContent(sections);
        }

        private void add(QuestionType type, String text, String hint, boolean required, List<Option> options,
                Integer scaleMax, BankField field) {
            questions.add(new Question("q" + next++, type, text, hint, required, options, scaleMax, field));
        }

        private void flush() {
            if (title != null) {
                sections.add(new Section(title, questions));
            }
        }

        private static List<Option> options(String... keysAndLabels) {
            List<Option> options = new ArrayList<>();
            for (int i = 0; i + 1 < keysAndLabels.length; i += 2) {
                options.add(new Option(keysAndLabels[i], keysAndLabels[i + 1]));
            }
            return options;
        }
    }
}
