package ru.nastavnik.training.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;
import ru.nastavnik.survey.QuestionnaireContent;
import ru.nastavnik.survey.Scoring;
import ru.nastavnik.survey.SurveyJson;
import ru.nastavnik.training.MentorCourseId;

/**
 * One attempt of a mentor at the mastery check of a course step. Choice answers are scored when it is submitted; if
 * free-text answers were given it waits for the curator, who accepts them (their points then count) or returns the
 * attempt with a comment. It passes when the score reaches the pass mark and nothing waits for review.
 */
@Entity
@Table(name = "training_check_attempt")
class CheckAttempt extends OrganisationOwned {

    static final int MAX_COMMENT = 2000;

    @Id
    private UUID id;

    @Column(name = "course_id")
    private UUID courseId;

    @Column(name = "step_id")
    private UUID stepId;

    @Column(name = "check_id")
    private UUID checkId;

    @Column(name = "person_id")
    private UUID personId;

    private String content;

    @Column(name = "pass_mark")
    private int passMark;

    private String answers;
    private int score;
    private int maximum;

    @Enumerated(EnumType.STRING)
    private AttemptStatus status;

    @Column(name = "review_comment")
    private String reviewComment;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Version
    private Long version;

    protected CheckAttempt() {}

    /** The answers are checked against the check as it is now, which the attempt keeps with them. */
    CheckAttempt(
            OrganisationId school,
            MentorCourseId course,
            UUID step,
            MasteryCheck check,
            PersonId person,
            Map<String, List<String>> given,
            Instant now) {
        super(school);
        check.requireUsable();
        Map<String, List<String>> clean = Scoring.checked(check.content(), given);
        this.id = UUID.randomUUID();
        this.courseId = course.value();
        this.stepId = step;
        this.checkId = check.id();
        this.personId = person.value();
        this.content = check.contentJson();
        this.passMark = check.passMark();
        this.answers = SurveyJson.write(clean);
        this.submittedAt = now;
        judge(Set.of());
    }

    /** The curator accepts the free-text answers: their points count, and the score decides. */
    void accept(Instant now) {
        requireInReview();
        judge(Set.copyOf(Scoring.score(content(), answers(), Set.of()).toReview()));
        reviewedAt = now;
    }

    /** The curator returns the attempt; she must say why, so that the mentor knows what to do better. */
    void returnWith(String comment, Instant now) {
        requireInReview();
        if (comment == null || comment.isBlank() || comment.strip().length() > MAX_COMMENT) {
            throw InvalidInputException.of("comment", "training.attempt.comment.required", MAX_COMMENT);
        }
        status = AttemptStatus.RETURNED;
        reviewComment = comment.strip();
        reviewedAt = now;
    }

    private void judge(Set<String> accepted) {
        Scoring.Score result = Scoring.score(content(), answers(), accepted);
        score = result.points();
        maximum = result.maximum();
        status = !result.toReview().isEmpty()
                ? AttemptStatus.IN_REVIEW
                : result.reaches(passMark) ? AttemptStatus.PASSED : AttemptStatus.FAILED;
    }

    private void requireInReview() {
        if (status != AttemptStatus.IN_REVIEW) {
            throw InvalidInputException.of("status", "training.attempt.notInReview");
        }
    }

    boolean passed() {
        return status == AttemptStatus.PASSED;
    }

    AttemptStatus status() {
        return status;
    }

    UUID stepId() {
        return stepId;
    }

    MentorCourseId course() {
        return new MentorCourseId(courseId);
    }

    PersonId person() {
        return new PersonId(personId);
    }

    QuestionnaireContent content() {
        return SurveyJson.content(content);
    }

    Map<String, List<String>> answers() {
        return SurveyJson.answers(answers);
    }

    AttemptView view(String mentorName) {
        return new AttemptView(
                new CheckAttemptId(id),
                new MentorCourseId(courseId),
                stepId,
                new MasteryCheckId(checkId),
                person(),
                mentorName,
                content().questions(),
                answers(),
                score,
                maximum,
                passMark,
                status,
                reviewComment,
                submittedAt,
                reviewedAt,
                version == null ? 0 : version);
    }
}
