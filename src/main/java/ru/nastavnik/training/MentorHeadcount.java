package ru.nastavnik.training;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import ru.nastavnik.shared.OrganisationId;

/**
 * How many mentors the organisations had on a day, and which of them became trained when: the mentor bank knows, but
 * training may not use {@code bank} (it is downstream), so {@code bank} implements this for {@link TrainingFigures}.
 */
public interface MentorHeadcount {

    long mentors(Collection<OrganisationId> organisations, LocalDate on);

    /**
     * The mentors whose bank entry became «trained» in the period (the mentor course completed, or a curator's mark
     * for training elsewhere), school by school: person ids, to be counted together with the course's completions.
     */
    Map<OrganisationId, Set<UUID>> trainedBetween(
            Collection<OrganisationId> organisations, LocalDate from, LocalDate to);
}
