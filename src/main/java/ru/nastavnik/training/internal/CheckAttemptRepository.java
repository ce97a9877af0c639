package ru.nastavnik.training.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CheckAttemptRepository extends JpaRepository<CheckAttempt, UUID> {

    @Query("select a from CheckAttempt a where a.personId = ?1 and a.courseId = ?2 and a.stepId = ?3"
            + " order by a.submittedAt desc")
    List<CheckAttempt> of(UUID person, UUID course, UUID step);

    default Optional<CheckAttempt> latest(UUID person, UUID course, UUID step) {
        return of(person, course, step).stream().findFirst();
    }

    @Query("select a from CheckAttempt a where a.organisationId = ?1 and a.id = ?2")
    Optional<CheckAttempt> findInOrganisation(UUID organisation, UUID id);

    @Query("select a from CheckAttempt a where a.organisationId = ?1 and a.status = ?2 order by a.submittedAt")
    List<CheckAttempt> inSchool(UUID organisation, AttemptStatus status);

    @Query("select count(a) > 0 from CheckAttempt a where a.checkId = ?1")
    boolean anyOf(UUID check);
}
