package ru.nastavnik.programme.internal;

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

    /** The programmes (not terminated) of these pairs, the ids one array parameter: a cabinet of several pairs. */
    @Query("select p from Programme p where among(p.mentorshipId, :mentorships)"
            + " and p.status <> ru.nastavnik.programme.ProgrammeStatus.TERMINATED")
    List<Programme> ofMentorships(UUID[] mentorships);

    /** {@link #ofMentorships} by pair. */
    default java.util.Map<UUID, Programme> byMentorship(java.util.Collection<UUID> mentorships) {
        if (mentorships.isEmpty()) {
            return java.util.Map.of();
        }
        return ofMentorships(mentorships.toArray(UUID[]::new)).stream()
                .collect(java.util.stream.Collectors.toMap(p -> p.mentorship().value(), p -> p, (a, b) -> a));
    }
}
