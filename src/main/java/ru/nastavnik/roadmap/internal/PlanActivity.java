package ru.nastavnik.roadmap.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.PersonIdConverter;
import ru.nastavnik.roadmap.ActivityStatus;
import ru.nastavnik.roadmap.Milestone;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.StaleVersionException;

/**
 * One activity of a roadmap stage: what is to be done, by when and by whom. Its status is derived from the
 * milestone it waits for unless the curator set it by hand, which she must explain.
 */
@Entity
@Table(name = "roadmap_activity")
class PlanActivity {

    static final int MAX_CONTENT = 1000;
    static final int MAX_COMMENT = 1000;

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private RoadmapPlan plan;

    private int stage;
    private int position;
    private String content;

    @Enumerated(EnumType.STRING)
    private Milestone milestone;

    private LocalDate deadline;

    @Column(name = "responsible_person_id")
    @Convert(converter = PersonIdConverter.class)
    private PersonId responsiblePersonId;

    @Enumerated(EnumType.STRING)
    @Column(name = "override_status")
    private ActivityStatus overrideStatus;

    @Column(name = "override_comment")
    private String overrideComment;

    @Column(name = "override_by")
    private String overrideBy;

    @Column(name = "override_at")
    private Instant overrideAt;

    @Version
    private Long version;

    protected PlanActivity() {}

    PlanActivity(
            RoadmapPlan plan,
            int stage,
            int position,
            String content,
            Milestone milestone,
            LocalDate deadline,
            PersonId responsible) {
        if (stage < 1 || stage > 7) {
            throw InvalidInputException.of("stage", "roadmap.activity.stage.invalid");
        }
        this.id = UUID.randomUUID();
        this.plan = plan;
        this.stage = stage;
        this.position = position;
        this.milestone = milestone;
        describe(content, deadline, responsible, plan.year());
    }

    /** The curator's edit, on the version she read. */
    void edit(String content, LocalDate deadline, PersonId responsible, Long readVersion) {
        StaleVersionException.check(readVersion, version());
        describe(content, deadline, responsible, plan.year());
    }

    /** A status set by hand (done with evidence on paper, in progress, not needed this year), always explained. */
    void override(ActivityStatus status, String comment, String by, Instant at, Long readVersion) {
        StaleVersionException.check(readVersion, version());
        if (status == null || !status.settable()) {
            throw InvalidInputException.of("status", "roadmap.activity.status.invalid");
        }
        String clean = comment == null ? "" : comment.strip();
        if (clean.isEmpty() || clean.length() > MAX_COMMENT) {
            throw InvalidInputException.of("comment", "roadmap.activity.comment.required", MAX_COMMENT);
        }
        this.overrideStatus = status;
        this.overrideComment = clean;
        this.overrideBy = by;
        this.overrideAt = at;
    }

    /** Back to the status derived from what happened. */
    void clearOverride(Long readVersion) {
        StaleVersionException.check(readVersion, version());
        this.overrideStatus = null;
        this.overrideComment = null;
        this.overrideBy = null;
        this.overrideAt = null;
    }

    private void describe(String content, LocalDate deadline, PersonId responsible, SchoolYear year) {
        String clean = content == null ? "" : content.strip();
        if (clean.isEmpty() || clean.length() > MAX_CONTENT) {
            throw InvalidInputException.of("content", "roadmap.activity.content.invalid", MAX_CONTENT);
        }
        if (deadline != null && !year.contains(deadline)) {
            throw InvalidInputException.of("deadline", "roadmap.activity.deadline.outsideYear", year.label());
        }
        this.content = clean;
        this.deadline = deadline;
        this.responsiblePersonId = responsible;
    }

    /** The status: set by hand, else done once its milestone is reached, else overdue after the deadline. */
    ActivityStatus status(boolean milestoneReached, LocalDate today) {
        if (overrideStatus != null) {
            return overrideStatus;
        }
        if (milestoneReached) {
            return ActivityStatus.DONE;
        }
        return deadline != null && today.isAfter(deadline) ? ActivityStatus.OVERDUE : ActivityStatus.PLANNED;
    }

    void forgetResponsible() {
        this.responsiblePersonId = null;
    }

    PlanActivity copyInto(RoadmapPlan target, boolean keepResponsible) {
        LocalDate moved = deadline == null
                ? null
                : deadline.plusYears(target.year().startYear() - plan.year().startYear());
        return new PlanActivity(
                target, stage, position, content, milestone, moved, keepResponsible ? responsible() : null);
    }

    UUID id() {
        return id;
    }

    RoadmapPlan plan() {
        return plan;
    }

    int stage() {
        return stage;
    }

    int position() {
        return position;
    }

    String content() {
        return content;
    }

    Milestone milestone() {
        return milestone;
    }

    LocalDate deadline() {
        return deadline;
    }

    PersonId responsible() {
        return responsiblePersonId;
    }

    boolean overridden() {
        return overrideStatus != null;
    }

    String overrideComment() {
        return overrideComment;
    }

    String overrideBy() {
        return overrideBy;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
