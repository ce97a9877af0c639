package ru.nastavnik.training.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffProfiles;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.training.MentorCourseCompleted;
import ru.nastavnik.training.MentorCourseId;

/**
 * The session steps an attendance completes, behind {@code training.SessionAttendance}: a person's step counts in
 * the courses read in her school (published by it or above it); the last step done completes her course and
 * publishes {@link MentorCourseCompleted}.
 */
@Service
@Transactional
public class SessionSteps {

    private final MentorCourseRepository courses;
    private final CourseProgressRepository progress;
    private final Territory territory;
    private final StaffProfiles profiles;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SchoolDates dates;

    SessionSteps(
            MentorCourseRepository courses,
            CourseProgressRepository progress,
            Territory territory,
            StaffProfiles profiles,
            ApplicationEventPublisher events,
            SchoolDates dates,
            Clock clock) {
        this.courses = courses;
        this.progress = progress;
        this.territory = territory;
        this.profiles = profiles;
        this.events = events;
        this.clock = clock;
        this.dates = dates;
    }

    /** The people were present at the event (its id): their session steps at it are done. */
    public void attended(UUID event, List<PersonId> present) {
        List<MentorCourse> naming = present.isEmpty() ? List.of() : courses.withSessionAt(event);
        if (naming.isEmpty()) {
            return;
        }
        Map<PersonId, StaffView> staff = profiles.of(present);
        for (StaffView person : staff.values()) {
            OrganisationId school = person.organisationId();
            List<UUID> seen = territory.publishersFor(school);
            naming.stream()
                    .filter(c -> seen.contains(c.organisation().value()))
                    .forEach(course -> attended(course, event, school, person.id()));
        }
    }

    private void attended(MentorCourse course, UUID event, OrganisationId school, PersonId person) {
        MentorCourseId id = new MentorCourseId(course.id());
        CourseProgress hers = progress.ofOrNew(id, school, person);
        boolean counted = false;
        for (UUID step : course.sessionsAt(event)) {
            counted |= !hers.isDone(step);
            hers.recorded(course.stepIds(), step, clock.instant(), dates.today(school))
                    .ifPresent(events::publishEvent);
        }
        if (!counted) {
            return;
        }
        progress.flush();
        events.publishEvent(new AuditEvent(
                school,
                AuditAction.UPDATE,
                ExternalCourses.SUBJECT,
                person.value(),
                "посещение мероприятия — шаг курса наставника «" + course.view().title() + "»"));
    }
}
