package ru.nastavnik.training.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffProfiles;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.training.MentorCourseCompleted;
import ru.nastavnik.training.MentorCourseId;
import ru.nastavnik.training.SessionCatalogue;

/**
 * The mentor course («Школа наставника»): published and edited like the materials (a school for itself, a
 * municipality or region for the schools below); a mentor goes through its steps in order; her curator sees how far
 * each mentor of the school has come. Completing the last step publishes {@link MentorCourseCompleted}.
 */
@Service
@Transactional
public class MentorCourses {

    private final MentorCourseRepository courses;
    private final CourseProgressRepository progress;
    private final MaterialRepository materials;
    private final MasteryCheckRepository checks;
    private final Territory territory;
    private final CourseAccess access;
    private final StaffProfiles profiles;
    private final SessionCatalogue sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SchoolDates dates;

    MentorCourses(
            MentorCourseRepository courses,
            CourseProgressRepository progress,
            MaterialRepository materials,
            MasteryCheckRepository checks,
            Territory territory,
            CourseAccess access,
            StaffProfiles profiles,
            SessionCatalogue sessions,
            ApplicationEventPublisher events,
            SchoolDates dates,
            Clock clock) {
        this.courses = courses;
        this.progress = progress;
        this.materials = materials;
        this.checks = checks;
        this.territory = territory;
        this.access = access;
        this.profiles = profiles;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
        this.dates = dates;
    }

    @Transactional(readOnly = true)
    public List<MentorCourseView> list(NastavnikPrincipal caller, OrganisationId organisation) {
        territory.checkMember(caller, organisation);
        return courses.ofPublishers(territory.publishersFor(organisation)).stream()
                .map(MentorCourse::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public MentorCourseView get(NastavnikPrincipal caller, MentorCourseId id) {
        return readable(caller, id).view();
    }

    @Transactional(readOnly = true)
    public MentorCourseView get(NastavnikPrincipal caller, OrganisationId organisation, MentorCourseId id) {
        return readableIn(caller, organisation, id).view();
    }

    @Transactional(readOnly = true)
    public boolean mayEdit(NastavnikPrincipal caller, OrganisationId organisation) {
        return territory.mayPublish(caller, organisation);
    }

    public MentorCourseView publish(NastavnikPrincipal caller, OrganisationId owner, String title, String description) {
        if (!territory.mayPublish(caller, owner)) {
            throw new NotFoundException();
        }
        return courses.save(new MentorCourse(owner, title, description)).view();
    }

    /**
     * «Школа наставника» from the default, for an organisation that publishes no course yet: its tasks and its own
     * mastery check, all editable afterwards.
     */
    public MentorCourseView publishDefault(NastavnikPrincipal caller, OrganisationId owner) {
        if (!territory.mayPublish(caller, owner)) {
            throw new NotFoundException();
        }
        if (courses.ofPublishers(List.of(owner.value())).stream().findAny().isPresent()) {
            throw InvalidInputException.of("course", "training.mentorCourse.default.exists");
        }
        MasteryCheck check = checks.save(DefaultMentorCourse.check(owner));
        MentorCourse course = new MentorCourse(owner, DefaultMentorCourse.TITLE, DefaultMentorCourse.DESCRIPTION);
        DefaultMentorCourse.TASKS_BEFORE_CHECK.forEach(
                t -> course.add(new NewStep(StepKind.TASK, null, null, t.title(), t.description()), null, 0L));
        course.add(
                new NewStep(
                        StepKind.CHECK,
                        null,
                        null,
                        null,
                        DefaultMentorCourse.CHECK_STEP,
                        new MasteryCheckId(check.id())),
                check.title(),
                0L);
        DefaultMentorCourse.Task last = DefaultMentorCourse.AFTER_CHECK;
        course.add(new NewStep(StepKind.TASK, null, null, last.title(), last.description()), null, 0L);
        return courses.save(course).view();
    }

    /**
     * A step at the end; a study step's material must be one read where the course is published, a session's event
     * one seen there (organised by the course's publisher or an organisation above it) — else it is refused.
     */
    public MentorCourseView addStep(NastavnikPrincipal caller, MentorCourseId id, NewStep step, Long readVersion) {
        MentorCourse course = editable(caller, id);
        List<UUID> publishers = territory.publishersFor(course.organisation());
        course.add(step, namedTitle(step, publishers), readVersion);
        courses.flush();
        return course.view();
    }

    /**
     * The title of what the step names, found among the publishers' (else {@code null}: refused by the course); a
     * check must be usable — with questions and a pass mark within its maximum.
     */
    private String namedTitle(NewStep step, List<UUID> publishers) {
        if (step.kind() == StepKind.SESSION) {
            return Optional.ofNullable(step.event())
                    .flatMap(sessions::find)
                    .filter(e -> publishers.contains(e.organiser().value()))
                    .map(SessionCatalogue.Session::title)
                    .orElse(null);
        }
        if (step.kind() == StepKind.CHECK) {
            Optional<MasteryCheck> check = Optional.ofNullable(step.check())
                    .flatMap(c -> checks.findById(c.value()))
                    .filter(c -> publishers.contains(c.organisation().value()));
            check.ifPresent(MasteryCheck::requireUsable);
            return check.map(MasteryCheck::title).orElse(null);
        }
        return step.material() == null
                ? null
                : materials
                        .findById(step.material().value())
                        .filter(m -> publishers.contains(m.organisation().value()))
                        .map(m -> m.view().title())
                        .orElse(null);
    }

    /** The events still to come that a session step of the course may name, for its editor. */
    @Transactional(readOnly = true)
    public List<SessionCatalogue.Session> sessionsFor(NastavnikPrincipal caller, MentorCourseId id) {
        return sessions.upcoming(territory.publishersFor(editable(caller, id).organisation()));
    }

    public MentorCourseView removeStep(NastavnikPrincipal caller, MentorCourseId id, UUID step, Long readVersion) {
        MentorCourse course = editable(caller, id);
        course.remove(step, readVersion);
        courses.flush();
        return course.view();
    }

    public MentorCourseView moveStep(
            NastavnikPrincipal caller, MentorCourseId id, UUID step, int delta, Long readVersion) {
        MentorCourse course = editable(caller, id);
        course.move(step, delta, readVersion);
        courses.flush();
        return course.view();
    }

    /** The caller's own progress, if her account is linked to a staff record (none yet: nothing done). */
    @Transactional(readOnly = true)
    public Optional<ProgressView> mine(NastavnikPrincipal caller, MentorCourseId id) {
        MentorCourse course = readable(caller, id);
        return access.own(caller)
                .map(person -> progress.of(course.id(), person.value())
                        .map(p -> p.view(course.stepIds()))
                        .orElseGet(() -> new CourseProgress(course.organisation(), id, person).view(course.stepIds())));
    }

    /** The mentor marks her next step done; the last one completes the course. */
    public ProgressView markDone(NastavnikPrincipal caller, MentorCourseId id, UUID step) {
        PersonId person = access.own(caller).orElseThrow(NotFoundException::new);
        OrganisationId school = access.person(caller, person).organisationId();
        MentorCourse course = readableIn(caller, school, id);
        course.checkManual(step);
        CourseProgress mine = progress.ofOrNew(id, school, person);
        mine.markDone(course.stepIds(), step, clock.instant(), dates.today(school))
                .ifPresent(events::publishEvent);
        progress.flush();
        events.publishEvent(new AuditEvent(
                school,
                AuditAction.UPDATE,
                ExternalCourses.SUBJECT,
                person.value(),
                "выполнен шаг курса наставника «" + course.view().title() + "»"));
        return mine.view(course.stepIds());
    }

    /** As {@link #markDone(NastavnikPrincipal, MentorCourseId, UUID)}, at an address naming her school. */
    public ProgressView markDone(NastavnikPrincipal caller, OrganisationId school, MentorCourseId id, UUID step) {
        PersonId person = access.own(caller).orElseThrow(NotFoundException::new);
        access.person(caller, school, person);
        return markDone(caller, id, step);
    }

    /** How far each mentor of the school has come, for its curator or director. */
    @Transactional(readOnly = true)
    public List<MentorProgress> progressIn(NastavnikPrincipal caller, OrganisationId school, MentorCourseId id) {
        CourseAccess.checkManager(caller, school);
        MentorCourse course = readableIn(caller, school, id);
        List<CourseProgress> all = progress.inSchool(school.value(), course.id());
        if (all.isEmpty()) {
            return List.of();
        }
        List<PersonId> people = all.stream().map(CourseProgress::person).toList();
        events.publishEvent(AuditEvent.ofMany(
                school,
                AuditAction.READ,
                ExternalCourses.SUBJECT,
                people.stream().map(PersonId::value).toList(),
                "ход курса наставника"));
        Map<PersonId, StaffView> names = profiles.of(people);
        return all.stream()
                .map(p -> new MentorProgress(
                        names.containsKey(p.person())
                                ? names.get(p.person()).data().fullName()
                                : "—",
                        p.view(course.stepIds())))
                .toList();
    }

    private MentorCourse readable(NastavnikPrincipal caller, MentorCourseId id) {
        return territory.readable(caller, courses.findById(id.value()), MentorCourse::organisation);
    }

    private MentorCourse readableIn(NastavnikPrincipal caller, OrganisationId organisation, MentorCourseId id) {
        return territory.readableIn(caller, organisation, courses.findById(id.value()), MentorCourse::organisation);
    }

    private MentorCourse editable(NastavnikPrincipal caller, MentorCourseId id) {
        return territory.editable(caller, courses.findById(id.value()), MentorCourse::organisation);
    }
}
