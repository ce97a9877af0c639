package ru.nastavnik.mentorship.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MentorshipRepository extends JpaRepository<Mentorship, UUID> {

    @Query("select m from Mentorship m where m.organisationId = ?1 order by m.createdAt desc")
    List<Mentorship> inOrganisation(UUID organisation);

    /** Pairs not ended in which the person currently takes part (in any role). */
    @Query("select distinct m from Mentorship m join m.members p where p.personId = ?1 and p.toDate is null "
            + "and m.status in (ru.nastavnik.mentorship.MentorshipStatus.PLANNED, ru.nastavnik.mentorship.MentorshipStatus.ACTIVE, "
            + "ru.nastavnik.mentorship.MentorshipStatus.PAUSED)")
    List<Mentorship> runningWith(UUID person);

    @Query("select m from Mentorship m where m.termination.dueOn <= ?1")
    List<Mentorship> terminationsDue(java.time.LocalDate today);

    /** Pairs in which a current mentor works in this organisation, wherever the pair is. */
    @Query("select distinct m from Mentorship m join m.members p where p.organisationId = ?1 and p.toDate is null "
            + "and p.role = ru.nastavnik.mentorship.MemberRole.MENTOR order by m.createdAt desc")
    List<Mentorship> withMentorsOf(UUID organisation);

    /**
     * The same for many people at once: matching a region asks about thousands. The ids are one array parameter:
     * Hibernate translates a query with a list parameter into SQL anew on every call (8 % of the mentor bank page).
     */
    default List<Mentorship> runningWithAny(Collection<UUID> persons) {
        return runningWithAnyOf(persons.toArray(UUID[]::new));
    }

    @Query(nativeQuery = true, value = """
            select m.* from mentorship m where m.status in ('PLANNED', 'ACTIVE', 'PAUSED')
              and exists (select 1 from mentorship_member p
                          where p.mentorship_id = m.id and p.person_id = any(?1) and p.to_date is null)""")
    List<Mentorship> runningWithAnyOf(UUID[] persons);

    @Query("select distinct m from Mentorship m join m.members p where p.personId = ?1 order by m.createdAt desc")
    List<Mentorship> allWith(UUID person);

    @Query("select m from Mentorship m where m.id in ?1")
    List<Mentorship> findAllIn(Collection<UUID> ids);

    /**
     * Serialises the decisions about one person until the transaction ends: two curators approving pairs for the
     * same mentor (or mentee) at once would otherwise both pass the capacity check.
     */
    @Query(value = "select 1 from (select pg_advisory_xact_lock(?1)) as locked", nativeQuery = true)
    Integer lockPerson(long key);
}
