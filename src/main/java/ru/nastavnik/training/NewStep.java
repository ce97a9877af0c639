package ru.nastavnik.training;

import java.util.UUID;

/**
 * A step to add: its kind, the material for a study step or the event (its id) for a session, its title (a study or
 * session step may take the material's or the event's) and what to do.
 */
public record NewStep(StepKind kind, MaterialId material, UUID event, String title, String description) {
}
