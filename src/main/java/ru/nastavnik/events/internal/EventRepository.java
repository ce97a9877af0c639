package ru.nastavnik.events.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import ru.nastavnik.people.PersonId;

interface EventRepository extends JpaRepository<Event, UUID> {

    @Query("select e from Event e where e.organisationId in ?1 order by e.schedule.startsAt desc")
    List<Event> organisedBy(Collection<UUID> organisers);

    /**
     * The event locked for a change of its registrations: two teachers taking the last place at once queue here,
     * so the second one waits and finds it taken instead of both getting it.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Event e where e.id = ?1")
    Optional<Event> lockById(UUID id);

    /**
     * The events the school's people registered for. Their ids first, as one array: a join (or a semi-join) was
     * planned as a hash of all the region's events — 11,000 read for a school's 11, 8 ms a view of the participation
     * page at 1,000 schools; by the ids 0.5 ms.
     */
    @Query(nativeQuery = true, value = """
            select e.* from event e
            where e.id = any(array(select r.event_id from event_registration r where r.organisation_id = ?1))""")
    List<Event> withParticipantsOf(UUID school);

    /** The events the person registered for or is waiting for (as {@link #withParticipantsOf}, by their ids). */
    default List<Event> answeredBy(PersonId person) {
        return answeredByPerson(person.value());
    }

    @Query(nativeQuery = true, value = """
            select e.* from event e
            where e.id = any(array(select r.event_id from event_registration r
                                   where r.person_id = ?1 and r.status <> 'DECLINED'))""")
    List<Event> answeredByPerson(UUID person);

    /**
     * The person's coming events that still take an answer: planned, not over, and she is invited by name or speaks, has
     * answered (not declined), or her school is invited and she is of the audience (a mentor, a mentee; as
     * {@link ru.nastavnik.events.EventAudience#takes}). The soonest first, at most {@code limit}; by the ids, as
     * {@link #withParticipantsOf}.
     */
    @Query(nativeQuery = true, value = """
            select e.* from event e
            where e.status = 'PLANNED' and e.ends_at > ?6
              and (e.id = any(array(select p.event_id from event_person p where p.person_id = ?1))
                   or e.id = any(array(select a.event_id from event_agenda_item a where a.speaker_person_id = ?1))
                   or e.id = any(array(select r.event_id from event_registration r
                                       where r.person_id = ?1 and r.status <> 'DECLINED'))
                   or ((?3 and e.audience in ('MENTORS', 'MENTORS_AND_MENTEES')
                        or ?4 and e.audience in ('MENTEES', 'MENTORS_AND_MENTEES')
                        or ?5 and e.audience = 'CURATORS')
                       and e.id = any(array(select s.event_id from event_school s where s.organisation_id = ?2))))
            order by e.starts_at
            limit ?7""")
    List<Event> comingFor(
            UUID person,
            UUID school,
            boolean mentor,
            boolean mentee,
            boolean curator,
            java.time.Instant now,
            int limit);
}
