package ru.nastavnik.training.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;
import ru.nastavnik.shared.StaleVersionException;
import ru.nastavnik.training.MentorCourseId;

/**
 * The mentor course («Школа наставника») of one publisher: an ordered list of steps. Every change is made on the
 * version its editor read; a study step names a material (checked by the service to be readable where the course is).
 */
@Entity
@Table(name = "training_mentor_course")
class MentorCourse extends OrganisationOwned {

    static final int MAX_STEPS = 50;

    @Id
    private UUID id;

    private String title;
    private String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_mentor_course_step", joinColumns = @JoinColumn(name = "course_id"))
    @OrderColumn(name = "position")
    private List<CourseStep> steps = new ArrayList<>();

    @Version
    private Long version;

    protected MentorCourse() {}

    MentorCourse(OrganisationId owner, String title, String description) {
        super(owner);
        this.id = UUID.randomUUID();
        this.title = text("title", title, 300, true);
        this.description = text("description", description, 4000, false);
    }

    /**
     * Adds a step at the end. {@code namedTitle} is the title of what the step names — the material of a study step,
     * the event of a session — found where the course may use it ({@code null}: unknown there); a step without its
     * own title takes it.
     */
    void add(NewStep step, String namedTitle, Long readVersion) {
        check(readVersion);
        if (step.kind() == null) {
            throw InvalidInputException.of("kind", "training.step.kind.required");
        }
        if (step.kind() == StepKind.MATERIAL && (step.material() == null || namedTitle == null)) {
            throw InvalidInputException.of("material", "training.step.material.unknown");
        }
        if (step.kind() == StepKind.SESSION && (step.event() == null || namedTitle == null)) {
            throw InvalidInputException.of("event", "training.step.event.unknown");
        }
        if (step.kind() == StepKind.CHECK && (step.check() == null || namedTitle == null)) {
            throw InvalidInputException.of("check", "training.step.check.unknown");
        }
        if (steps.size() >= MAX_STEPS) {
            throw InvalidInputException.of("steps", "training.step.tooMany", MAX_STEPS);
        }
        String own = step.title() == null || step.title().isBlank() ? namedTitle : step.title();
        steps.add(new CourseStep(
                step.kind(),
                step.kind() == StepKind.MATERIAL ? step.material().value() : null,
                step.kind() == StepKind.SESSION ? step.event() : null,
                step.kind() == StepKind.CHECK ? step.check().value() : null,
                text("title", own, 300, true),
                text("description", step.description(), 2000, false)));
    }

    void remove(UUID step, Long readVersion) {
        check(readVersion);
        steps.remove(index(step));
    }

    /** One place up ({@code -1}) or down ({@code +1}); at either end nothing moves. */
    void move(UUID step, int delta, Long readVersion) {
        check(readVersion);
        int from = index(step);
        int to = from + Integer.signum(delta);
        if (to >= 0 && to < steps.size()) {
            steps.add(to, steps.remove(from));
        }
    }

    List<UUID> stepIds() {
        return steps.stream().map(CourseStep::id).toList();
    }

    /** The session steps that name the event. */
    List<UUID> sessionsAt(UUID event) {
        return steps.stream()
                .filter(s -> s.attendsAt(event))
                .map(CourseStep::id)
                .toList();
    }

    /** The check a step names, if it is a check step of this course; else the step is refused. */
    UUID checkOf(UUID step) {
        UUID check = steps.get(index(step)).checkId();
        if (check == null) {
            throw InvalidInputException.of("step", "training.step.notACheck");
        }
        return check;
    }

    /** A session step is done by the attendance its organiser records, not by the mentor's own mark. */
    void checkManual(UUID step) {
        CourseStep found = steps.get(index(step));
        if (!found.manual()) {
            throw InvalidInputException.of(
                    "step",
                    found.checkId() != null
                            ? "training.progress.checkByAttempt"
                            : "training.progress.sessionByAttendance");
        }
    }

    private int index(UUID step) {
        return IntStream.range(0, steps.size())
                .filter(i -> steps.get(i).id().equals(step))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("step", "training.step.unknown"));
    }

    private void check(Long readVersion) {
        StaleVersionException.check(readVersion, version == null ? 0 : version);
    }

    private static String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw InvalidInputException.of(field, "training.mentorCourse." + field + ".invalid", max);
            }
            return null;
        }
        if (value.strip().length() > max) {
            throw InvalidInputException.of(field, "training.mentorCourse." + field + ".invalid", max);
        }
        return value.strip();
    }

    UUID id() {
        return id;
    }

    MentorCourseView view() {
        return new MentorCourseView(
                new MentorCourseId(id),
                organisation(),
                title,
                description,
                IntStream.range(0, steps.size())
                        .mapToObj(i -> steps.get(i).view(i + 1))
                        .toList(),
                version == null ? 0 : version);
    }
}
