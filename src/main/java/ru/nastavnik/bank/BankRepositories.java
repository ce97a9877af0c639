package ru.nastavnik.bank;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MenteeRepository extends JpaRepository<MenteeEntry, UUID> {

    @Query("select m from MenteeEntry m where m.personId = :person and m.leftOn is null")
    Optional<MenteeEntry> current(UUID person);

    @Query("select m from MenteeEntry m where m.organisationId = :organisation and (:all = true or m.leftOn is null) order by m.enteredOn desc, m.id")
    List<MenteeEntry> inOrganisation(UUID organisation, boolean all);

    @Query("select m from MenteeEntry m where m.personId = :person order by m.enteredOn desc")
    List<MenteeEntry> history(UUID person);

    @Query("select m from MenteeEntry m where m.organisationId in :organisations and m.leftOn is null")
    List<MenteeEntry> currentIn(Collection<UUID> organisations);

    @Query("select m.personId from MenteeEntry m where m.organisationId = :organisation and m.leftOn is null")
    List<UUID> currentPeople(UUID organisation);

    @Query("select m from MenteeEntry m where m.personId in :people and m.leftOn is null")
    List<MenteeEntry> currentAmong(Collection<UUID> people);
}

interface MentorRepository extends JpaRepository<MentorEntry, UUID> {

    @Query("select m from MentorEntry m where m.personId = :person and m.leftOn is null")
    Optional<MentorEntry> current(UUID person);

    @Query("select m from MentorEntry m where m.organisationId = :organisation and (:all = true or m.leftOn is null) order by m.enteredOn desc, m.id")
    List<MentorEntry> inOrganisation(UUID organisation, boolean all);

    @Query("select m from MentorEntry m where m.personId = :person order by m.enteredOn desc")
    List<MentorEntry> history(UUID person);

    @Query("select m from MentorEntry m where m.organisationId in :organisations and m.leftOn is null")
    List<MentorEntry> currentIn(Collection<UUID> organisations);

    @Query("select m.personId from MentorEntry m where m.organisationId = :organisation and m.leftOn is null")
    List<UUID> currentPeople(UUID organisation);

    @Query("""
            select m.personId from MentorEntry m where m.organisationId = :organisation and m.leftOn is null
              and m.trainingStatus = :status""")
    List<UUID> currentPeople(UUID organisation, TrainingStatus status);

    @Query("select m from MentorEntry m where m.personId in :people and m.leftOn is null")
    List<MentorEntry> currentAmong(Collection<UUID> people);

    @Query("select m from MentorEntry m where m.organisationId in :organisations and m.leftOn is null and m.sharedBank = true")
    List<MentorEntry> sharedIn(Collection<UUID> organisations);
}

interface BankSettingsRepository extends JpaRepository<BankSettings, UUID> {
}
