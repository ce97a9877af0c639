package ru.nastavnik.training;

import java.util.List;

import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.survey.Option;
import ru.nastavnik.survey.Question;
import ru.nastavnik.survey.QuestionType;

/**
 * The course every organisation may start from («Школа наставника»), to be edited afterwards: practical tasks the
 * mentor marks herself and a mastery check created with it — nothing it names can be missing. Materials and sessions
 * are the organisation's own, so it adds them itself.
 */
final class DefaultMentorCourse {

    static final String TITLE = "Школа наставника";
    static final String DESCRIPTION = "Базовый курс для наставников образовательной организации: нормативная база, "
            + "роль наставника, планирование работы пары и проверка знаний. Курс можно изменить: добавить "
            + "методические материалы, установочную сессию, свои задания.";
    static final int PASS_MARK = 5;

    record Task(String title, String description) {
    }

    static final List<Task> TASKS_BEFORE_CHECK = List.of(
            new Task("Изучить положение о наставничестве в организации",
                    "Прочитайте положение и дорожную карту: цели, роли куратора и наставника, формы наставничества."),
            new Task("Посетить урок опытного наставника",
                    "Договоритесь с коллегой, посетите урок и обсудите его после: что вы возьмёте в свою практику."),
            new Task("Составить план первой встречи с наставляемым",
                    "Знакомство, запросы и дефициты наставляемого, ожидания сторон, договорённости о встречах."));

    static final Task AFTER_CHECK = new Task("Согласовать персонализированную программу с куратором",
            "Вместе с наставляемым составьте проект ПНП и обсудите его с куратором.");

    private DefaultMentorCourse() {
    }

    /** The check of the default course: three choice questions scored at once and one answer for the curator. */
    static MasteryCheck check(OrganisationId owner) {
        MasteryCheck check = new MasteryCheck(owner, "Проверка знаний: основы наставничества");
        check.addQuestion(new Question("new", QuestionType.SINGLE,
                "С какого документа начинается наставничество педагога в организации (ст. 351.8 ТК РФ)?", null, true,
                List.of(new Option("o1", "С устной договорённости"), new Option("o2", "С приказа руководителя", true),
                        new Option("o3", "С решения методического объединения")), null, null, 1), 0L);
        check.addQuestion(new Question("new", QuestionType.SINGLE,
                "Что нужно от педагога, чтобы поручить ему наставничество?", null, true,
                List.of(new Option("o1", "Его письменное согласие", true), new Option("o2", "Ничего, это обязанность"),
                        new Option("o3", "Согласие наставляемого")), null, null, 1), 0L);
        check.addQuestion(new Question("new", QuestionType.MULTIPLE,
                "Что входит в персонализированную программу наставничества?", null, true,
                List.of(new Option("o1", "Цели и задачи", true), new Option("o2", "План мероприятий со сроками", true),
                        new Option("o3", "Ожидаемые результаты", true), new Option("o4", "Размер доплаты наставнику")),
                null, null, 2), 0L);
        check.addQuestion(new Question("new", QuestionType.TEXT,
                "Опишите, как вы проведёте первую встречу с наставляемым.", null, true, List.of(), null, null, 3), 0L);
        check.passMark(PASS_MARK, 0L);
        return check;
    }
}
