package ru.nastavnik.training.internal;

import java.util.UUID;
import ru.nastavnik.training.MaterialId;

/**
 * A step of the mentor course, numbered from 1 in its order; {@code material} for a study step, {@code event} for a
 * session, {@code check} for a mastery check.
 */
public record StepView(
        UUID id,
        int number,
        StepKind kind,
        MaterialId material,
        UUID event,
        String title,
        String description,
        MasteryCheckId check) {}
