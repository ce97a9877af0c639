package ru.nastavnik.practices;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import ru.nastavnik.shared.OrganisationId;

/** How many practices the organisation's library (методическая копилка) holds: a figure, no people. */
public interface PracticeFigures {

    /** Callers have checked the caller's right to the organisation's figures. */
    long inLibrary(OrganisationId organisation);

    /**
     * The practices of many schools accepted into their libraries in the period, by the level each has reached since
     * (school, municipality, region) — one aggregate query. Callers have checked the caller's right to the figures.
     */
    Map<OrganisationId, Map<PracticeLevel, Long>> byLevel(
            Collection<OrganisationId> schools, LocalDate from, LocalDate to);
}
