package ru.nastavnik.events.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.events.AttendanceRecorded;
import ru.nastavnik.events.EventStatus;
import ru.nastavnik.events.EventView;
import ru.nastavnik.training.SessionAttendance;
import ru.nastavnik.training.SessionCatalogue;

/**
 * Events as the sessions of the mentor course: training looks them up through its {@link SessionCatalogue} (it may
 * not depend on events), and learns here, after the attendance was committed, who was present.
 */
@Component
@Transactional(readOnly = true)
class CourseSessions implements SessionCatalogue {

    private final EventRepository events;
    private final SessionAttendance attendance;
    private final Clock clock;

    CourseSessions(EventRepository events, SessionAttendance attendance, Clock clock) {
        this.events = events;
        this.attendance = attendance;
        this.clock = clock;
    }

    @Override
    public Optional<Session> find(UUID event) {
        return events.findById(event)
                .map(Event::view)
                .filter(e -> e.status() != EventStatus.CANCELLED)
                .map(CourseSessions::session);
    }

    @Override
    public List<Session> upcoming(Collection<UUID> organisers) {
        return events.organisedBy(organisers).stream()
                .map(Event::view)
                .filter(e -> e.status() == EventStatus.PLANNED && e.startsAt().isAfter(clock.instant()))
                .sorted(Comparator.comparing(EventView::startsAt))
                .map(CourseSessions::session)
                .toList();
    }

    @ApplicationModuleListener
    void on(AttendanceRecorded recorded) {
        attendance.attended(recorded.event().value(), recorded.present());
    }

    private static Session session(EventView e) {
        return new Session(e.id().value(), e.organisationId(), e.title(), e.startsAt(), e.endsAt());
    }
}
