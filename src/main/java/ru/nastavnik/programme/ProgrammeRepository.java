package ru.nastavnik.programme;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgrammeRepository extends JpaRepository<Programme, UUID> {

    @Query("select p from Programme p where p.organisationId = ?1 order by p.createdAt desc")
    List<Programme> inOrganisation(UUID organisation);

    @Query("select p from Programme p where p.status = ru.nastavnik.programme.ProgrammeStatus.IN_PROGRESS")
    List<Programme> inProgress();

    @Query(
            "select p from Programme p where p.mentorshipId = ?1 and p.status <> ru.nastavnik.programme.ProgrammeStatus.TERMINATED")
    java.util.Optional<Programme> ofMentorship(UUID mentorship);
}
