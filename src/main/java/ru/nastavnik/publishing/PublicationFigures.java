package ru.nastavnik.publishing;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.shared.AggregateRows;
import ru.nastavnik.shared.OrganisationId;

/**
 * For monitoring's «информационное сопровождение»: how many news items the schools (and the municipalities' and
 * regions' own bodies) published in a period, by what they were drafted from. A figure, no people.
 */
@Service
@Transactional(readOnly = true)
public class PublicationFigures {

    private final EntityManager entityManager;

    PublicationFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Items first published on a day of the period (Moscow time) and still public — one taken down is not counted,
     * whatever the reason — by source, in one aggregate query. Callers have checked the caller's right to the figures.
     */
    public Map<OrganisationId, Map<PublicationSource, Long>> published(
            Collection<OrganisationId> organisations, LocalDate from, LocalDate to) {
        Map<OrganisationId, Map<PublicationSource, Long>> figures = new HashMap<>();
        AggregateRows.read(
                entityManager,
                """
                select organisation_id, source_kind, count(*) from publication
                where organisation_id in (:organisations) and status = 'PUBLISHED'
                  and cast(published_at at time zone 'Europe/Moscow' as date) between :from and :to
                group by 1, 2""",
                organisations,
                Map.of("from", from, "to", to),
                row -> figures.computeIfAbsent(
                                AggregateRows.organisation(row), o -> new EnumMap<>(PublicationSource.class))
                        .put(PublicationSource.valueOf((String) row[1]), AggregateRows.count(row[2])));
        return figures;
    }

    /** A published item as the annual report lists it: no body, no names. */
    public record PublishedItem(LocalDate publishedOn, String title, PublicationSource source) {}

    /** The items {@link #published} counts for one school, oldest first. Callers have checked the caller's right. */
    public List<PublishedItem> publishedItems(OrganisationId school, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                select cast(published_at at time zone 'Europe/Moscow' as date), title, source_kind from publication
                where organisation_id = :school and status = 'PUBLISHED'
                  and cast(published_at at time zone 'Europe/Moscow' as date) between :from and :to
                order by published_at, id""")
                .setParameter("school", school.value())
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        return rows.stream()
                .map(r -> new PublishedItem(day(r[0]), (String) r[1], PublicationSource.valueOf((String) r[2])))
                .toList();
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
