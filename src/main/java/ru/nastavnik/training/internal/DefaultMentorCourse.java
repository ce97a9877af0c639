package ru.nastavnik.training.internal;

import java.util.List;
import ru.nastavnik.shared.DefaultContent;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.survey.Option;
import ru.nastavnik.survey.Question;
import ru.nastavnik.survey.QuestionType;

/**
 * The course every organisation may start from («Школа наставника»), to be edited afterwards: practical tasks the
 * mentor marks herself and a mastery check created with it — nothing it names can be missing. Materials and sessions
 * are the organisation's own, so it adds them itself. Its wording is content, not code:
 * {@code defaults/training/mentor-course.json}, read once.
 */
final class DefaultMentorCourse {

    private static final CourseFile COURSE =
            DefaultContent.read("defaults/training/mentor-course.json", CourseFile.class);

    static final String TITLE = COURSE.title();
    static final String DESCRIPTION = COURSE.description();
    /** What the check step of the course asks the mentor to do. */
    static final String CHECK_STEP = COURSE.checkStep();

    static final int PASS_MARK = COURSE.check().passMark();

    record Task(String title, String description) {}

    static final List<Task> TASKS_BEFORE_CHECK = List.copyOf(COURSE.tasksBeforeCheck());

    static final Task AFTER_CHECK = COURSE.afterCheck();

    private DefaultMentorCourse() {}

    /** The check of the default course: three choice questions scored at once and one answer for the curator. */
    static MasteryCheck check(OrganisationId owner) {
        MasteryCheck check = new MasteryCheck(owner, COURSE.check().title());
        for (QuestionFile q : COURSE.check().questions()) {
            check.addQuestion(
                    new Question(
                            "new",
                            q.type(),
                            q.text(),
                            null,
                            true,
                            q.options() == null ? List.of() : q.options(),
                            null,
                            null,
                            q.points()),
                    0L);
        }
        check.passMark(PASS_MARK, 0L);
        return check;
    }

    private record CourseFile(
            String title,
            String description,
            List<Task> tasksBeforeCheck,
            String checkStep,
            Task afterCheck,
            CheckFile check) {}

    private record CheckFile(String title, int passMark, List<QuestionFile> questions) {}

    private record QuestionFile(QuestionType type, String text, List<Option> options, int points) {}
}
