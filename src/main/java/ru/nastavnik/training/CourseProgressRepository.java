package ru.nastavnik.training;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CourseProgressRepository extends JpaRepository<CourseProgress, UUID> {

    @Query("select p from CourseProgress p where p.courseId = ?1 and p.personId = ?2")
    Optional<CourseProgress> of(UUID course, UUID person);

    @Query("select p from CourseProgress p where p.organisationId = ?1 and p.courseId = ?2")
    List<CourseProgress> inSchool(UUID organisation, UUID course);
}
