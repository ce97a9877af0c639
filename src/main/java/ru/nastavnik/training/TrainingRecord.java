package ru.nastavnik.training;

import java.util.List;

import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/**
 * A person's training record: her external courses, newest first, the hours confirmed by the curator (her
 * training hours) and those still waiting for confirmation.
 */
public record TrainingRecord(PersonId person, OrganisationId organisation, String fullName, List<CourseView> courses,
        int confirmedHours, int awaitingHours) {
}
