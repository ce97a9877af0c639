package ru.nastavnik.training;

import java.time.LocalDate;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/** A mentor went through every step of a mentor course; {@code organisation}: her school. */
public record MentorCourseCompleted(
        OrganisationId organisation, PersonId person, MentorCourseId course, LocalDate completedOn) {}
