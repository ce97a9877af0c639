package ru.nastavnik.bank.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import ru.nastavnik.bank.TrainingStatus;

interface MentorRepository extends JpaRepository<MentorEntry, UUID> {

    @Query("select m from MentorEntry m where m.personId = :person and m.leftOn is null")
    Optional<MentorEntry> current(UUID person);

    @Query(
            "select m from MentorEntry m where m.organisationId = :organisation and (:all = true or m.leftOn is null) order by m.enteredOn desc, m.id")
    List<MentorEntry> inOrganisation(UUID organisation, boolean all);

    @Query("select m from MentorEntry m where m.personId = :person order by m.enteredOn desc")
    List<MentorEntry> history(UUID person);

    @Query("select m from MentorEntry m where m.organisationId in :organisations and m.leftOn is null")
    List<MentorEntry> currentIn(Collection<UUID> organisations);

    @Query("select m.personId from MentorEntry m where m.organisationId = :organisation and m.leftOn is null")
    List<UUID> currentPeople(UUID organisation);

    /** A page of the current entries, newest first, filtered and counted in SQL (the bank page of a large school). */
    @Query(
            nativeQuery = true,
            value = "select * from bank_mentor m " + CURRENT_MENTORS + " order by m.entered_on desc, m.id",
            countQuery = "select count(*) from bank_mentor m " + CURRENT_MENTORS)
    Page<MentorEntry> currentPage(UUID organisation, String training, String topic, Pageable pageable);

    String CURRENT_MENTORS = """
             where m.organisation_id = :organisation and m.left_on is null
              and (cast(:training as text) is null or m.training_status = cast(:training as text))
              and (cast(:topic as text) is null or cast(:topic as text) = any(m.competences))""";

    /** Entries of people who left the bank and are not back in it (the page asked for every current id to find them). */
    @Query("""
            select m from MentorEntry m where m.organisationId = :organisation and m.leftOn is not null
              and not exists (select c.id from MentorEntry c where c.personId = m.personId and c.leftOn is null)
            order by m.leftOn desc, m.id""")
    List<MentorEntry> leftIn(UUID organisation);

    @Query("""
            select m.personId from MentorEntry m where m.organisationId = :organisation and m.leftOn is null
              and m.trainingStatus = :status""")
    List<UUID> currentPeople(UUID organisation, TrainingStatus status);

    @Query("select m from MentorEntry m where m.personId in :people and m.leftOn is null")
    List<MentorEntry> currentAmong(Collection<UUID> people);

    /**
     * The roadmap's figures of the bank in one row: who is in it now, trained, and with a consent to the duties in
     * force on {@code day} (the consent module's rule, {@code valid_consent}, V169; at most one row a person).
     */
    @Query(nativeQuery = true, value = """
            select count(*), count(*) filter (where m.training_status = 'TRAINED'), count(v.person_id)
            from bank_mentor m left join valid_consent(:day, 'MENTORING_DUTIES') v on v.person_id = m.person_id
            where m.organisation_id = :organisation and m.left_on is null""")
    List<Object[]> figures(UUID organisation, LocalDate day);

    @Query(
            "select m from MentorEntry m where m.organisationId in :organisations and m.leftOn is null and m.sharedBank = true")
    List<MentorEntry> sharedIn(Collection<UUID> organisations);

    /**
     * The schools' mentors in the shared bank with what the list is sorted and searched by (the full name as the
     * staff record writes it, the subjects joined by U+001F): ids and strings, no entity, whatever the area's size.
     */
    @Query(nativeQuery = true, value = """
            select m.id, m.person_id, concat_ws(' ', p.last_name, p.first_name, p.middle_name),
                   array_to_string(p.subjects, chr(31))
            from bank_mentor m join person p on p.id = m.person_id
            where m.organisation_id = any(:schools) and m.left_on is null and m.shared_bank
              and p.archived_at is null and p.processing_restricted_at is null
              and (cast(:topic as text) is null or cast(:topic as text) = any(m.competences))""")
    List<Object[]> sharedRows(UUID[] schools, String topic);
}
