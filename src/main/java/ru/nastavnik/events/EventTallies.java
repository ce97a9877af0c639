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
 * <p>
 * The day is compared as a range of {@code starts_at} (midnight to midnight in the session's time zone, the same days
 * as {@code cast(starts_at as date)}) so that the planner can estimate it: on the seeded region the cast was guessed
 * at 35 of 11,184 events and the attendances were counted event by event (11,184 look-ups, 150–300 ms of the region's
 * dashboard); estimated, they are counted in one hashed pass (docs/monitoring-dashboard-speed.md).
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
                select e.organisation_id, e.kind, count(*), coalesce(sum(a.attended), 0)
                from event e
                left join (select r.event_id, count(*) as attended
                           from event_registration r join event x on x.id = r.event_id
                           where r.attended and x.organisation_id in (:organisations) and x.status = :held
                             and x.starts_at >= cast(cast(:from as date) as timestamptz)
                             and x.starts_at < cast(cast(:to as date) + 1 as timestamptz)
                           group by r.event_id) a on a.event_id = e.id
                where e.organisation_id in (:organisations) and e.status = :held
                  and e.starts_at >= cast(cast(:from as date) as timestamptz)
                  and e.starts_at < cast(cast(:to as date) + 1 as timestamptz)
                group by 1, 2""",
                organisers,
                Map.of("held", EventStatus.HELD.name(), "from", from, "to", to),
                row -> held.computeIfAbsent(AggregateRows.organisation(row), o -> new EnumMap<>(EventKind.class))
                        .put(
                                EventKind.valueOf((String) row[1]),
                                new Held(AggregateRows.count(row[2]), AggregateRows.count(row[3]))));
        return held;
    }

    /** The events held by kind, without their attendances (a dashboard's headline counts events only). */
    public Map<OrganisationId, Map<EventKind, Long>> countedBy(
            Collection<OrganisationId> organisers, LocalDate from, LocalDate to) {
        Map<OrganisationId, Map<EventKind, Long>> held = new HashMap<>();
        AggregateRows.read(
                entityManager,
                """
                select organisation_id, kind, count(*) from event
                where organisation_id in (:organisations) and status = :held
                  and starts_at >= cast(cast(:from as date) as timestamptz)
                  and starts_at < cast(cast(:to as date) + 1 as timestamptz)
                group by 1, 2""",
                organisers,
                Map.of("held", EventStatus.HELD.name(), "from", from, "to", to),
                row -> held.computeIfAbsent(AggregateRows.organisation(row), o -> new EnumMap<>(EventKind.class))
                        .put(EventKind.valueOf((String) row[1]), AggregateRows.count(row[2])));
        return held;
    }
}
