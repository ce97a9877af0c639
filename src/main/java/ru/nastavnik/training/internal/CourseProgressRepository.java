package ru.nastavnik.training.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.training.MentorCourseId;

interface CourseProgressRepository extends JpaRepository<CourseProgress, UUID> {

    @Query("select p from CourseProgress p where p.courseId = ?1 and p.personId = ?2")
    Optional<CourseProgress> of(UUID course, UUID person);

    @Query("select p from CourseProgress p where p.organisationId = ?1 and p.courseId = ?2")
    List<CourseProgress> inSchool(UUID organisation, UUID course);

    /** Her progress through the course; none yet: a new one, saved, in her school. */
    default CourseProgress ofOrNew(MentorCourseId course, OrganisationId school, PersonId person) {
        return of(course.value(), person.value()).orElseGet(() -> save(new CourseProgress(school, course, person)));
    }
}
