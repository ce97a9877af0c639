package ru.nastavnik.training.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MentorCourseRepository extends JpaRepository<MentorCourse, UUID> {

    @Query("select c from MentorCourse c where c.organisationId in ?1 order by c.title")
    List<MentorCourse> ofPublishers(Collection<UUID> publishers);

    @Query("select distinct c from MentorCourse c join c.steps s where s.eventId = ?1")
    List<MentorCourse> withSessionAt(UUID event);

    @Query("select count(c) > 0 from MentorCourse c join c.steps s where s.checkId = ?1")
    boolean usesCheck(UUID check);
}
