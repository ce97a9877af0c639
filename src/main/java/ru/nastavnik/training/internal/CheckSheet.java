package ru.nastavnik.training.internal;

import java.util.List;
import java.util.UUID;
import ru.nastavnik.survey.Question;
import ru.nastavnik.training.MentorCourseId;

/**
 * A mastery check as the mentor takes it: its questions without the right answers, the points and pass mark, her
 * latest attempt ({@code null}: none yet) and whether she may take it now (her next step, nothing waiting or passed);
 * if not yet, the titles of the earlier steps of the course still to be done, in order ({@code stepsBefore}), so that
 * the page says why it is closed and what to do first.
 */
public record CheckSheet(
        MentorCourseId course,
        String courseTitle,
        UUID step,
        String title,
        List<Question> questions,
        int maximum,
        int passMark,
        AttemptView latest,
        boolean mayTake,
        List<String> stepsBefore) {

    public CheckSheet {
        stepsBefore = List.copyOf(stepsBefore);
    }
}
