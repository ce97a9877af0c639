package ru.nastavnik.training;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.training.internal.SessionSteps;

/**
 * Attendance at a session completes the course steps that name it: called by the {@code events} module when an
 * organiser records people present. A person's step counts in the courses read in her school (published by it or
 * above it); the last step done completes her course and publishes {@link MentorCourseCompleted}.
 */
@Service
public class SessionAttendance {

    private final SessionSteps steps;

    SessionAttendance(SessionSteps steps) {
        this.steps = steps;
    }

    /** The people were present at the event (its id): their session steps at it are done. */
    public void attended(UUID event, List<PersonId> present) {
        steps.attended(event, present);
    }
}
