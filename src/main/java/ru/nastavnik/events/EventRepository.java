package ru.nastavnik.events;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EventRepository extends JpaRepository<Event, UUID> {

    @Query("select e from Event e where e.organisationId in ?1 order by e.startsAt desc")
    List<Event> organisedBy(Collection<UUID> organisers);

    @Query("select e from Event e where e.organisationId = ?1 and e.id = ?2")
    Optional<Event> findInOrganisation(UUID organiser, UUID id);

    @Query("select distinct r.event from Registration r where r.organisationId = ?1")
    List<Event> withParticipantsOf(UUID school);

    @Query("select distinct r.event from Registration r where r.personId = ?1 and r.status <> ru.nastavnik.events.RegistrationStatus.DECLINED")
    List<Event> answeredBy(UUID person);
}
