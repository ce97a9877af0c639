package ru.nastavnik.practices.internal;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.practices.PracticeFigures;
import ru.nastavnik.practices.PracticeLevel;
import ru.nastavnik.practices.PracticeStatus;
import ru.nastavnik.shared.AggregateRows;
import ru.nastavnik.shared.OrganisationId;

/** {@link PracticeFigures}: counts of the practice table, no people. */
@Service
@Transactional(readOnly = true)
class PracticeFigureQueries implements PracticeFigures {

    private final PracticeRepository practices;
    private final EntityManager entityManager;

    PracticeFigureQueries(PracticeRepository practices, EntityManager entityManager) {
        this.practices = practices;
        this.entityManager = entityManager;
    }

    @Override
    public long inLibrary(OrganisationId organisation) {
        return practices.countIn(organisation.value(), PracticeStatus.ACCEPTED);
    }

    @Override
    public Map<OrganisationId, Map<PracticeLevel, Long>> byLevel(
            Collection<OrganisationId> schools, LocalDate from, LocalDate to) {
        Map<OrganisationId, Map<PracticeLevel, Long>> figures = new HashMap<>();
        AggregateRows.read(
                entityManager,
                """
                select organisation_id, level, count(*) from practice
                where organisation_id in (:organisations) and level is not null
                  and cast(decided_at as date) between :from and :to
                group by 1, 2""",
                schools,
                Map.of("from", from, "to", to),
                row -> figures.computeIfAbsent(AggregateRows.organisation(row), o -> new EnumMap<>(PracticeLevel.class))
                        .put(PracticeLevel.valueOf((String) row[1]), AggregateRows.count(row[2])));
        return figures;
    }
}
