package ru.nastavnik.training.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;
import ru.nastavnik.training.MentorCourseCompleted;
import ru.nastavnik.training.MentorCourseId;

/** One mentor's progress through one course: the steps are done in their order; the last one completes the course. */
@Entity
@Table(name = "training_course_progress")
class CourseProgress extends OrganisationOwned {

    @Id
    private UUID id;

    @Column(name = "course_id")
    private UUID courseId;

    @Column(name = "person_id")
    private UUID personId;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_course_progress_step", joinColumns = @JoinColumn(name = "progress_id"))
    @MapKeyColumn(name = "step_id")
    @Column(name = "done_at")
    private Map<UUID, Instant> done = new HashMap<>();

    @Version
    private Long version;

    protected CourseProgress() {}

    CourseProgress(OrganisationId school, MentorCourseId course, PersonId person) {
        super(school);
        this.id = UUID.randomUUID();
        this.courseId = course.value();
        this.personId = person.value();
    }

    /** Marks the next step done; refuses a step out of order or done already. The last one completes the course. */
    Optional<MentorCourseCompleted> markDone(List<UUID> order, UUID step, Instant now, LocalDate today) {
        if (!order.contains(step)) {
            throw InvalidInputException.of("step", "training.step.unknown");
        }
        if (done.containsKey(step)) {
            throw InvalidInputException.of("step", "training.progress.alreadyDone");
        }
        if (!step.equals(next(order))) {
            throw InvalidInputException.of("step", "training.progress.outOfOrder");
        }
        done.put(step, now);
        return completion(order, today);
    }

    /**
     * A step done by what someone else recorded: a session attended, a mastery check passed. Attendance is a fact of a day that does not come again, so it counts whenever it
     * happens, even before the earlier steps are done; those the mentor marks herself still go in their order (the
     * next one to do stays the first one not done), and the course completes when the last step not done is done,
     * whichever it is. Attended twice (marked, unmarked, marked again) it counts once; an organiser's later
     * "absent" does not take a step back.
     */
    Optional<MentorCourseCompleted> recorded(List<UUID> order, UUID step, Instant now, LocalDate today) {
        if (!order.contains(step) || done.containsKey(step)) {
            return Optional.empty();
        }
        done.put(step, now);
        return completion(order, today);
    }

    private Optional<MentorCourseCompleted> completion(List<UUID> order, LocalDate today) {
        if (completedOn == null && next(order) == null) {
            completedOn = today;
            return Optional.of(new MentorCourseCompleted(
                    organisation(), new PersonId(personId), new MentorCourseId(courseId), today));
        }
        return Optional.empty();
    }

    private UUID next(List<UUID> order) {
        return order.stream().filter(s -> !done.containsKey(s)).findFirst().orElse(null);
    }

    boolean isDone(UUID step) {
        return done.containsKey(step);
    }

    PersonId person() {
        return new PersonId(personId);
    }

    ProgressView view(List<UUID> order) {
        return new ProgressView(
                new MentorCourseId(courseId),
                person(),
                Set.copyOf(done.keySet()),
                order.size(),
                next(order),
                completedOn);
    }
}
