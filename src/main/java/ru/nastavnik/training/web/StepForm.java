package ru.nastavnik.training.web;

import java.util.UUID;
import ru.nastavnik.shared.Ids;
import ru.nastavnik.training.MaterialId;
import ru.nastavnik.training.internal.MasteryCheckId;
import ru.nastavnik.training.internal.NewStep;
import ru.nastavnik.training.internal.StepKind;

/** A step added to a mentor course as its form sends it: a material, a session (an event) or a check, or a task. */
record StepForm(StepKind kind, String material, String event, MasteryCheckId check, String title, String description) {

    NewStep step() {
        MaterialId chosen = material == null || material.isBlank() ? null : MaterialId.of(material);
        UUID session = event == null || event.isBlank() ? null : Ids.parse(event);
        return new NewStep(kind, chosen, session, title, description, check);
    }
}
