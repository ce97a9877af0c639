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

    @Query("select distinct r.event from Registration r where r.organisationId = ?1")
    List<Event> withParticipantsOf(UUID school);

    @Query(
            "select distinct r.event from Registration r where r.personId = ?1 and r.status <> ru.nastavnik.events.RegistrationStatus.DECLINED")
    List<Event> answeredBy(PersonId person);
}
