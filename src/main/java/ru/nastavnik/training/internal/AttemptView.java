package ru.nastavnik.training.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.survey.Question;
import ru.nastavnik.training.MentorCourseId;

/** An attempt at a mastery check: the questions as taken, her answers, the score and where it stands. */
public record AttemptView(
        CheckAttemptId id,
        MentorCourseId course,
        UUID step,
        MasteryCheckId check,
        PersonId person,
        String mentorName,
        List<Question> questions,
        Map<String, List<String>> answers,
        int score,
        int maximum,
        int passMark,
        AttemptStatus status,
        String reviewComment,
        Instant submittedAt,
        Instant reviewedAt,
        long version) {}
