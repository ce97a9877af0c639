package ru.nastavnik.programme.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.programme.ProgrammeStatus;
import ru.nastavnik.programme.ProgrammeView;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;
import ru.nastavnik.shared.StaleVersionException;
import ru.nastavnik.shared.web.Dates;

/**
 * A pair's personalised programme. Its plan is written while it is a draft; once approved it is worked through
 * (only while the pair is at work), and it completes with both sides' evaluations. Only these transitions exist.
 */
@Entity
@Table(name = "programme")
class Programme extends OrganisationOwned {

    @Id
    private UUID id;

    @Column(name = "mentorship_id")
    private UUID mentorshipId;

    private String title;
    private String goal;
    private String tasks;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    private ProgrammeStatus status;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "mentee_evaluation")
    private String menteeEvaluation;

    @Column(name = "mentor_evaluation")
    private String mentorEvaluation;

    @Column(name = "end_reason")
    private String endReason;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "completion_note")
    private String completionNote;

    @Column(name = "created_at")
    private Instant createdAt;

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<Activity> activities = new ArrayList<>();

    @Version
    private Long version;

    protected Programme() {}

    Programme(
            OrganisationId organisation,
            MentorshipId mentorship,
            String title,
            String goal,
            String tasks,
            LocalDate startsOn,
            LocalDate endsOn,
            List<PlanItem> plan,
            Instant now) {
        super(organisation);
        this.id = UUID.randomUUID();
        this.mentorshipId = mentorship.value();
        this.status = ProgrammeStatus.DRAFT;
        this.createdAt = now;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        describe(title, goal, tasks);
        plan.forEach(this::add);
    }

    /**
     * An edit of the draft (its details or a line of its plan) made on the version the editor read: refused if
     * the draft changed since, so that one drafter's edit never silently undoes another's.
     */
    void editedOn(Long readVersion) {
        StaleVersionException.check(readVersion, version == null ? 0 : version);
    }

    void describe(String title, String goal, String tasks) {
        requireDraft();
        if (title == null || title.isBlank() || title.length() > 300) {
            throw InvalidInputException.of("title", "programme.title.invalid");
        }
        if (goal == null || goal.isBlank() || goal.length() > 2000) {
            throw InvalidInputException.of("goal", "programme.goal.invalid");
        }
        if (tasks != null && tasks.length() > 4000) {
            throw InvalidInputException.of("tasks", "programme.tasks.tooLong");
        }
        this.title = title.strip();
        this.goal = goal.strip();
        this.tasks = tasks == null || tasks.isBlank() ? null : tasks.strip();
    }

    void add(PlanItem item) {
        requireDraft();
        if (item.dueOn().isBefore(startsOn) || item.dueOn().isAfter(endsOn)) {
            throw InvalidInputException.of("dueOn", "programme.activity.outsidePeriod");
        }
        if (activities.size() >= 100) {
            throw InvalidInputException.of("title", "programme.activity.tooMany");
        }
        int next = activities.stream()
                        .mapToInt(a -> a.view(LocalDate.MIN).position())
                        .max()
                        .orElse(0)
                + 1;
        activities.add(new Activity(this, next, item));
    }

    void revise(UUID activity, PlanItem item) {
        requireDraft();
        if (item.dueOn().isBefore(startsOn) || item.dueOn().isAfter(endsOn)) {
            throw InvalidInputException.of("dueOn", "programme.activity.outsidePeriod");
        }
        activities.stream()
                .filter(a -> a.id().equals(activity))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("activity", "programme.activity.unknown"))
                .revise(item);
    }

    void remove(UUID activity) {
        requireDraft();
        if (!activities.removeIf(a -> a.id().equals(activity))) {
            throw InvalidInputException.of("activity", "programme.activity.unknown");
        }
    }

    void approve(LocalDate on) {
        requireDraft();
        if (activities.isEmpty()) {
            throw InvalidInputException.of("activities", "programme.plan.empty");
        }
        status = ProgrammeStatus.APPROVED;
        approvedOn = on;
    }

    /** Work begins when the programme is approved and its pair is at work. */
    boolean start() {
        if (status != ProgrammeStatus.APPROVED) {
            return false;
        }
        status = ProgrammeStatus.IN_PROGRESS;
        return true;
    }

    /** The activities whose reminder goes out today (only while the programme is being worked through). */
    List<Activity> dueForReminder(LocalDate today, int days) {
        if (status != ProgrammeStatus.IN_PROGRESS) {
            return List.of();
        }
        return activities.stream().filter(a -> a.remindNow(today, days)).toList();
    }

    Activity activity(UUID id) {
        if (status != ProgrammeStatus.IN_PROGRESS) {
            throw InvalidInputException.of("status", "programme.notInProgress");
        }
        return activities.stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("activity", "programme.activity.unknown"));
    }

    /**
     * A meeting of the pair while the programme is worked through: held, so not after the school's today, and not
     * before the programme (and its pair, whose start it takes) began — a meeting of 2020 or of next year would count
     * as held in the programme's figures.
     */
    Meeting meeting(LocalDate heldOn, String topic, String outcome, PersonId by, LocalDate today, Instant now) {
        if (status != ProgrammeStatus.IN_PROGRESS) {
            throw InvalidInputException.of("status", "programme.notInProgress");
        }
        if (heldOn != null && heldOn.isAfter(today)) {
            throw InvalidInputException.of("heldOn", "programme.meeting.date.future", Dates.DATE.format(today));
        }
        if (heldOn != null && heldOn.isBefore(startsOn)) {
            throw InvalidInputException.of("heldOn", "programme.meeting.date.beforeStart", Dates.DATE.format(startsOn));
        }
        return new Meeting(id, heldOn, topic, outcome, by, now);
    }

    void evaluate(boolean byMentor, String text) {
        if (status != ProgrammeStatus.IN_PROGRESS) {
            throw InvalidInputException.of("status", "programme.notInProgress");
        }
        if (text == null || text.isBlank() || text.length() > 4000) {
            throw InvalidInputException.of("evaluation", "programme.evaluation.invalid");
        }
        if (byMentor) {
            mentorEvaluation = text.strip();
        } else {
            menteeEvaluation = text.strip();
        }
    }

    /**
     * Completed once both the mentee's self-evaluation and the mentor's evaluation are written. Before the planned end
     * or with activities undone only when the curator confirms it and says why: the reason stays with the programme.
     */
    void complete(LocalDate today, boolean confirmed, String reason) {
        if (status != ProgrammeStatus.IN_PROGRESS) {
            throw InvalidInputException.of("status", "programme.notInProgress");
        }
        if (menteeEvaluation == null || mentorEvaluation == null) {
            throw InvalidInputException.of("evaluation", "programme.evaluation.missing");
        }
        boolean premature = today.isBefore(endsOn) || activities.stream().anyMatch(a -> !a.done());
        String note = reason == null || reason.isBlank() ? null : reason.strip();
        if (premature && !confirmed) {
            throw InvalidInputException.of(
                    "confirmed",
                    "programme.complete.confirm",
                    Dates.DATE.format(endsOn),
                    view(today).percentDone());
        }
        if (premature && note == null) {
            throw InvalidInputException.of("reason", "programme.complete.reason");
        }
        if (note != null && note.length() > 1000) {
            throw InvalidInputException.of("reason", "programme.complete.reasonTooLong");
        }
        status = ProgrammeStatus.COMPLETED;
        completedOn = today;
        completionNote = premature ? note : null;
    }

    void terminate(String reason) {
        if (status == ProgrammeStatus.COMPLETED || status == ProgrammeStatus.TERMINATED) {
            throw InvalidInputException.of("status", "programme.transition.invalid");
        }
        status = ProgrammeStatus.TERMINATED;
        endReason = reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
    }

    private void requireDraft() {
        if (status != null && status != ProgrammeStatus.DRAFT) {
            throw InvalidInputException.of("status", "programme.notDraft");
        }
    }

    UUID id() {
        return id;
    }

    MentorshipId mentorship() {
        return new MentorshipId(mentorshipId);
    }

    ProgrammeStatus status() {
        return status;
    }

    ProgrammeView view(LocalDate today) {
        boolean working = status == ProgrammeStatus.IN_PROGRESS;
        List<ActivityView> plan = activities.stream()
                .sorted(Comparator.comparingInt(a -> a.view(today).position()))
                .map(a -> a.view(today, working))
                .toList();
        return new ProgrammeView(
                id,
                organisation(),
                mentorship(),
                title,
                goal,
                tasks,
                startsOn,
                endsOn,
                status,
                approvedOn,
                plan,
                menteeEvaluation,
                mentorEvaluation,
                endReason,
                completedOn,
                completionNote,
                version == null ? 0 : version);
    }
}
