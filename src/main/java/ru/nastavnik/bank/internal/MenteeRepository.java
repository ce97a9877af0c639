package ru.nastavnik.bank.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MenteeRepository extends JpaRepository<MenteeEntry, UUID> {

    @Query("select m from MenteeEntry m where m.personId = :person and m.leftOn is null")
    Optional<MenteeEntry> current(UUID person);

    @Query(
            "select m from MenteeEntry m where m.organisationId = :organisation and (:all = true or m.leftOn is null) order by m.enteredOn desc, m.id")
    List<MenteeEntry> inOrganisation(UUID organisation, boolean all);

    @Query("select m from MenteeEntry m where m.personId = :person order by m.enteredOn desc")
    List<MenteeEntry> history(UUID person);

    @Query("select m from MenteeEntry m where m.organisationId in :organisations and m.leftOn is null")
    List<MenteeEntry> currentIn(Collection<UUID> organisations);

    @Query("select m.personId from MenteeEntry m where m.organisationId = :organisation and m.leftOn is null")
    List<UUID> currentPeople(UUID organisation);

    /** A page of the current entries, newest first, filtered and counted in SQL (the bank page of a large school). */
    @Query(
            nativeQuery = true,
            value = "select * from bank_mentee m " + CURRENT_MENTEES + " order by m.entered_on desc, m.id",
            countQuery = "select count(*) from bank_mentee m " + CURRENT_MENTEES)
    Page<MenteeEntry> currentPage(UUID organisation, String category, String topic, Pageable pageable);

    String CURRENT_MENTEES = """
             where m.organisation_id = :organisation and m.left_on is null
              and (cast(:category as text) is null or m.category = cast(:category as text))
              and (cast(:topic as text) is null or cast(:topic as text) = any(m.needs))""";

    /** Entries of people who left the bank and are not back in it (the page asked for every current id to find them). */
    @Query("""
            select m from MenteeEntry m where m.organisationId = :organisation and m.leftOn is not null
              and not exists (select c.id from MenteeEntry c where c.personId = m.personId and c.leftOn is null)
            order by m.leftOn desc, m.id""")
    List<MenteeEntry> leftIn(UUID organisation);

    @Query("select m from MenteeEntry m where m.personId in :people and m.leftOn is null")
    List<MenteeEntry> currentAmong(Collection<UUID> people);

    /** How often each need is named by the current entries of the schools: counted in SQL, no entry is loaded. */
    @Query(nativeQuery = true, value = """
            select n.code, count(*) from bank_mentee m cross join lateral unnest(m.needs) as n(code)
            where m.organisation_id = any(:schools) and m.left_on is null group by n.code""")
    List<Object[]> needCounts(UUID[] schools);
}
