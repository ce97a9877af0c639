package ru.nastavnik.training;

import java.util.UUID;

/** A step of the mentor course, numbered from 1 in its order; {@code material} for a study step. */
public record StepView(UUID id, int number, StepKind kind, MaterialId material, String title, String description) {
}
