package ru.nastavnik.events;

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
 * The events many organisers held in a period, by kind, with the attendances recorded at them — one aggregate query
 * for monitoring's indicators, figures only. An event counts on the day it started (the server's date).
 */
@Service
@Transactional(readOnly = true)
public class EventTallies {

    /** Events of one kind held and the attendances recorded at them (a person at two events counts twice). */
    public record Held(long events, long participants) {}

    private final EntityManager entityManager;

    EventTallies(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Callers have checked the caller's right to these organisers' figures. */
    public Map<OrganisationId, Map<EventKind, Held>> heldBy(
            Collection<OrganisationId> organisers, LocalDate from, LocalDate to) {
        Map<OrganisationId, Map<EventKind, Held>> held = new HashMap<>();
        AggregateRows.read(
                entityManager,
                """
                select e.organisation_id, e.kind, count(*),
                       coalesce(sum((select count(*) from event_registration r where r.event_id = e.id and r.attended)), 0)
                from event e
                where e.organisation_id in (:organisations) and e.status = :held
                  and cast(e.starts_at as date) between :from and :to
                group by 1, 2""",
                organisers,
                Map.of("held", EventStatus.HELD.name(), "from", from, "to", to),
                row -> held.computeIfAbsent(AggregateRows.organisation(row), o -> new EnumMap<>(EventKind.class))
                        .put(
                                EventKind.valueOf((String) row[1]),
                                new Held(AggregateRows.count(row[2]), AggregateRows.count(row[3]))));
        return held;
    }
}
