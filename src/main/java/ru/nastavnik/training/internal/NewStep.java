package ru.nastavnik.training.internal;

import java.util.UUID;
import ru.nastavnik.training.MaterialId;

/**
 * A step to add: its kind, the material for a study step, the event (its id) for a session or the mastery check for
 * a check step, its title (such a step may take the material's, the event's or the check's) and what to do.
 */
public record NewStep(
        StepKind kind, MaterialId material, UUID event, String title, String description, MasteryCheckId check) {

    public NewStep(StepKind kind, MaterialId material, UUID event, String title, String description) {
        this(kind, material, event, title, description, null);
    }
}
