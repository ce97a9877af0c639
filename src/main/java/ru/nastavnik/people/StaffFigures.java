package ru.nastavnik.people;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.shared.AggregateRows;
import ru.nastavnik.shared.OrganisationId;

/**
 * Counts of the current staff of many organisations at once, for monitoring: one aggregate query, figures only.
 * "Young" is the caller's definition (age under {@code youngAge} on {@code asOf}, teaching experience up to
 * {@code youngYears}); a record without a birth date or experience is not counted as young.
 */
@Service
@Transactional(readOnly = true)
public class StaffFigures {

    /** The staff of one organisation: all, the young, and by qualification category (no category: NONE). */
    public record Counts(long staff, long young, Map<QualificationCategory, Long> categories) {}

    private final EntityManager entityManager;

    StaffFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Callers have checked the caller's right to these organisations' figures. */
    public Map<OrganisationId, Counts> of(
            Collection<OrganisationId> organisations, LocalDate asOf, int youngAge, int youngYears) {
        Map<OrganisationId, Counts> counts = new HashMap<>();
        AggregateRows.read(
                entityManager,
                """
                select organisation_id, coalesce(qualification_category, 'NONE'), count(*),
                       count(*) filter (where birth_date > :bornAfter and teaching_experience_years <= :years)
                from person
                where organisation_id in (:organisations) and archived_at is null and anonymised_at is null
                group by 1, 2""",
                organisations,
                Map.of("bornAfter", asOf.minusYears(youngAge), "years", youngYears),
                row -> {
                    OrganisationId organisation = AggregateRows.organisation(row);
                    long all = AggregateRows.count(row[2]);
                    Counts before = counts.getOrDefault(
                            organisation, new Counts(0, 0, new EnumMap<>(QualificationCategory.class)));
                    before.categories().merge(QualificationCategory.valueOf((String) row[1]), all, Long::sum);
                    counts.put(
                            organisation,
                            new Counts(
                                    before.staff() + all,
                                    before.young() + AggregateRows.count(row[3]),
                                    before.categories()));
                });
        return counts;
    }
}
