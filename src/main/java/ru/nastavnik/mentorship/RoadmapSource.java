package ru.nastavnik.mentorship;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The school's own roadmap plan, which the roadmap document (appendix № 2 of the approval order) prints in place of
 * the system's seven stages. Implemented by {@code roadmap}, which depends on this module (so the dependency cannot
 * run the other way).
 */
public interface RoadmapSource {

    /**
     * The activities of the plan of the school year that {@code date} falls in, by stage and in the plan's order;
     * empty when the school never opened that year's roadmap. {@code responsible} is the person's full name as the
     * roadmap page shows it, null when no one (or someone who has since left) is named.
     */
    Optional<List<Row>> plan(NastavnikPrincipal caller, OrganisationId organisation, LocalDate date);

    record Row(int stage, String content, LocalDate deadline, String responsible) {}
}
