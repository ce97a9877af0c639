package ru.nastavnik.training.internal;

import java.util.List;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.training.MentorCourseId;

/** The mentor course with its steps in order; {@code version}: for If-Match. */
public record MentorCourseView(
        MentorCourseId id,
        OrganisationId organisation,
        String title,
        String description,
        List<StepView> steps,
        long version) {}
