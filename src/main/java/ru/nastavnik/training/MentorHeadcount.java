package ru.nastavnik.training;

import java.time.LocalDate;
import java.util.Collection;
import ru.nastavnik.shared.OrganisationId;

/**
 * How many mentors the organisations had on a day: the mentor bank knows, but training may not use {@code bank}
 * (it is downstream), so {@code bank} implements this for {@link TrainingFigures}' share of trained mentors.
 */
public interface MentorHeadcount {

    long mentors(Collection<OrganisationId> organisations, LocalDate on);
}
