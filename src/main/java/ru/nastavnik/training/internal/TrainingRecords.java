package ru.nastavnik.training.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffProfiles;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The training record of a person and the curator's list of courses to decide on; every read is audited. */
@Service
@Transactional(readOnly = true)
public class TrainingRecords {

    private final ExternalCourseRepository courses;
    private final CourseAccess access;
    private final StaffProfiles profiles;
    private final ApplicationEventPublisher events;
    private final AttendedSessions attended;

    TrainingRecords(
            ExternalCourseRepository courses,
            CourseAccess access,
            StaffProfiles profiles,
            ApplicationEventPublisher events,
            AttendedSessions attended) {
        this.attended = attended;
        this.courses = courses;
        this.access = access;
        this.profiles = profiles;
        this.events = events;
    }

    /** The caller's own staff record, if her account is linked to one. */
    public Optional<PersonId> own(NastavnikPrincipal caller) {
        return access.own(caller);
    }

    public TrainingRecord of(NastavnikPrincipal caller, PersonId person) {
        return of(access.person(caller, person));
    }

    public TrainingRecord of(NastavnikPrincipal caller, OrganisationId organisation, PersonId person) {
        return of(access.person(caller, organisation, person));
    }

    /** Whether the caller confirms and returns the courses of the organisation (its director or curator). */
    public boolean mayDecide(NastavnikPrincipal caller, OrganisationId organisation) {
        return CourseAccess.manages(caller, organisation);
    }

    /** The confirmed training hours of a person, for a module that has already checked its caller. */
    public int confirmedHours(OrganisationId organisation, PersonId person) {
        return hours(
                courses.ofPerson(organisation.value(), person.value()).stream()
                        .map(ExternalCourse::view)
                        .toList(),
                CourseStatus.CONFIRMED);
    }

    /** The courses of the organisation in one state (waiting ones by default), for its curator or director. */
    public List<AwaitingCourse> inState(NastavnikPrincipal caller, OrganisationId organisation, CourseStatus status) {
        CourseAccess.checkManager(caller, organisation);
        List<CourseView> found =
                courses.withStatus(organisation.value(), status == null ? CourseStatus.SUBMITTED : status).stream()
                        .map(ExternalCourse::view)
                        .toList();
        List<PersonId> people =
                found.stream().map(CourseView::person).distinct().toList();
        if (people.isEmpty()) {
            return List.of();
        }
        events.publishEvent(AuditEvent.ofMany(
                organisation,
                AuditAction.READ,
                ExternalCourses.SUBJECT,
                people.stream().map(PersonId::value).toList(),
                "список внешних курсов повышения квалификации"));
        Map<PersonId, StaffView> names = profiles.of(people);
        return found.stream()
                .map(c -> new AwaitingCourse(
                        c,
                        names.containsKey(c.person())
                                ? names.get(c.person()).data().fullName()
                                : "—"))
                .toList();
    }

    private TrainingRecord of(StaffView person) {
        events.publishEvent(new AuditEvent(
                person.organisationId(),
                AuditAction.READ,
                ExternalCourses.SUBJECT,
                person.id().value(),
                "просмотр сведений об обучении"));
        List<CourseView> list = courses
                .ofPerson(person.organisationId().value(), person.id().value())
                .stream()
                .map(ExternalCourse::view)
                .toList();
        return new TrainingRecord(
                person.id(),
                person.organisationId(),
                person.data().fullName(),
                list,
                hours(list, CourseStatus.CONFIRMED),
                hours(list, CourseStatus.SUBMITTED),
                attended.of(person.organisationId(), person.id()),
                attended.completed(person.organisationId(), person.id()));
    }

    private static int hours(List<CourseView> list, CourseStatus status) {
        return list.stream()
                .filter(c -> c.status() == status)
                .mapToInt(CourseView::hours)
                .sum();
    }
}
