package ru.nastavnik.training.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;
import ru.nastavnik.training.MaterialId;

/** One step as stored in the course's ordered list. */
@Embeddable
class CourseStep {

    @Column(name = "step_id")
    private UUID stepId;

    @Enumerated(EnumType.STRING)
    private StepKind kind;

    @Column(name = "material_id")
    private UUID materialId;

    @Column(name = "event_id")
    private UUID eventId;

    @Column(name = "check_id")
    private UUID checkId;

    private String title;
    private String description;

    protected CourseStep() {}

    CourseStep(StepKind kind, UUID materialId, UUID eventId, UUID checkId, String title, String description) {
        this.stepId = UUID.randomUUID();
        this.kind = kind;
        this.materialId = materialId;
        this.eventId = eventId;
        this.checkId = checkId;
        this.title = title;
        this.description = description;
    }

    UUID id() {
        return stepId;
    }

    boolean attendsAt(UUID event) {
        return kind == StepKind.SESSION && event.equals(eventId);
    }

    /** The check a check step names, else {@code null}. */
    UUID checkId() {
        return kind == StepKind.CHECK ? checkId : null;
    }

    boolean manual() {
        return kind.manual();
    }

    StepView view(int number) {
        return new StepView(
                stepId,
                number,
                kind,
                materialId == null ? null : new MaterialId(materialId),
                eventId,
                title,
                description,
                checkId == null ? null : new MasteryCheckId(checkId));
    }
}
