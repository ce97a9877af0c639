package ru.nastavnik.training;

/** A step to add: its kind, the material for a study step, its title (a study step may take the material's) and what to do. */
public record NewStep(StepKind kind, MaterialId material, String title, String description) {
}
