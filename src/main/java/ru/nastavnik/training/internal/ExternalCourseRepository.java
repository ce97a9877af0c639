package ru.nastavnik.training.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExternalCourseRepository extends JpaRepository<ExternalCourse, UUID> {

    @Query("select c from ExternalCourse c where c.organisationId = ?1 and c.id = ?2")
    Optional<ExternalCourse> findInOrganisation(UUID organisation, UUID id);

    @Query(
            "select c from ExternalCourse c where c.organisationId = ?1 and c.personId = ?2 order by c.startsOn desc, c.title")
    List<ExternalCourse> ofPerson(UUID organisation, UUID person);

    @Query("select c from ExternalCourse c where c.organisationId = ?1 and c.status = ?2 order by c.recordedAt")
    List<ExternalCourse> withStatus(UUID organisation, CourseStatus status);
}
