package ru.nastavnik.training.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import ru.nastavnik.shared.StaleVersionException;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.survey.Option;
import ru.nastavnik.survey.Question;
import ru.nastavnik.training.MentorCourseId;

/**
 * Taking a mastery check and reviewing it. The mentor takes the check of her next course step from her course page;
 * the attempt is scored at once, and its free-text answers go to her school's curator (or director), who accepts them
 * or returns the attempt with a comment. A passed attempt completes the step — and the course, if it was the last.
 */
@Service
@Transactional
public class CheckAttempts {

    private final CheckAttemptRepository attempts;
    private final MasteryCheckRepository checks;
    private final MentorCourseRepository courses;
    private final CourseProgressRepository progress;
    private final Territory territory;
    private final CourseAccess access;
    private final StaffProfiles profiles;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SchoolDates dates;

    CheckAttempts(
            CheckAttemptRepository attempts,
            MasteryCheckRepository checks,
            MentorCourseRepository courses,
            CourseProgressRepository progress,
            Territory territory,
            CourseAccess access,
            StaffProfiles profiles,
            ApplicationEventPublisher events,
            SchoolDates dates,
            Clock clock) {
        this.attempts = attempts;
        this.checks = checks;
        this.courses = courses;
        this.progress = progress;
        this.territory = territory;
        this.access = access;
        this.profiles = profiles;
        this.events = events;
        this.clock = clock;
        this.dates = dates;
    }

    /** Where the mentor stands at a course step: her own (her account linked to a staff record), in her school. */
    private record Mine(PersonId person, OrganisationId school, MentorCourse course, UUID step, MasteryCheck check) {}

    @Transactional(readOnly = true)
    public CheckSheet sheet(NastavnikPrincipal caller, MentorCourseId course, UUID step) {
        return sheet(caller, null, course, step);
    }

    /** As {@link #sheet(NastavnikPrincipal, MentorCourseId, UUID)}, at an address naming her school ({@code null}: any). */
    @Transactional(readOnly = true)
    public CheckSheet sheet(NastavnikPrincipal caller, OrganisationId school, MentorCourseId course, UUID step) {
        Mine mine = mine(caller, school, course, step);
        AttemptView latest = attempts.latest(
                        mine.person().value(), mine.course().id(), step)
                .map(a -> blind(a.view(null)))
                .orElse(null);
        List<UUID> order = mine.course().stepIds();
        Set<UUID> done = progress.of(mine.course().id(), mine.person().value())
                .map(p -> p.view(order).done())
                .orElse(Set.of());
        // the steps before this one she has not done yet: the check opens once they are (steps go in order)
        List<String> before = mine.course().view().steps().stream()
                .takeWhile(s -> !s.id().equals(step))
                .filter(s -> !done.contains(s.id()))
                .map(StepView::title)
                .filter(java.util.Objects::nonNull)
                .toList();
        boolean next = before.isEmpty() && !done.contains(step);
        List<Question> blind = mine.check().content().questions().stream()
                .map(CheckAttempts::withoutAnswers)
                .toList();
        MasteryCheckView check = mine.check().view();
        return new CheckSheet(
                course,
                mine.course().view().title(),
                step,
                check.title(),
                blind,
                check.maximum(),
                check.passMark() == null ? 0 : check.passMark(),
                latest,
                next && (latest == null || latest.status().retakable()),
                before);
    }

    /** Her answers to the check of her next step; a retake only after a failed or returned attempt. */
    public AttemptView submit(
            NastavnikPrincipal caller, MentorCourseId course, UUID step, Map<String, List<String>> answers) {
        return submit(caller, null, course, step, answers);
    }

    /** As {@link #submit(NastavnikPrincipal, MentorCourseId, UUID, Map)}, at an address naming her school. */
    public AttemptView submit(
            NastavnikPrincipal caller,
            OrganisationId school,
            MentorCourseId course,
            UUID step,
            Map<String, List<String>> answers) {
        Mine mine = mine(caller, school, course, step);
        CourseProgress hers = progress.ofOrNew(course, mine.school(), mine.person());
        List<UUID> order = mine.course().stepIds();
        if (hers.isDone(step)) {
            throw InvalidInputException.of("step", "training.progress.alreadyDone");
        }
        if (!step.equals(hers.view(order).next())) {
            throw InvalidInputException.of("step", "training.progress.outOfOrder");
        }
        attempts.latest(mine.person().value(), course.value(), step)
                .filter(a -> !a.status().retakable())
                .ifPresent(a -> {
                    throw InvalidInputException.of("step", "training.attempt.waiting");
                });
        CheckAttempt attempt = attempts.save(
                new CheckAttempt(mine.school(), course, step, mine.check(), mine.person(), answers, clock.instant()));
        if (attempt.passed()) {
            hers.recorded(order, step, clock.instant(), dates.today(mine.school()))
                    .ifPresent(events::publishEvent);
        }
        attempts.flush();
        events.publishEvent(new AuditEvent(
                mine.school(),
                AuditAction.CREATE,
                ExternalCourses.SUBJECT,
                mine.person().value(),
                "проверка знаний курса наставника «" + mine.course().view().title() + "»"));
        return blind(attempt.view(null));
    }

    /** The attempts of the school's mentors whose free-text answers wait for review, for its curator or director. */
    @Transactional(readOnly = true)
    public List<AttemptView> awaitingReview(NastavnikPrincipal caller, OrganisationId school) {
        CourseAccess.checkManager(caller, school);
        List<CheckAttempt> waiting = attempts.inSchool(school.value(), AttemptStatus.IN_REVIEW);
        if (waiting.isEmpty()) {
            return List.of();
        }
        Map<PersonId, StaffView> names = profiles.of(
                waiting.stream().map(CheckAttempt::person).distinct().toList());
        events.publishEvent(AuditEvent.ofMany(
                school,
                AuditAction.READ,
                ExternalCourses.SUBJECT,
                waiting.stream().map(a -> a.person().value()).distinct().toList(),
                "проверки знаний на рассмотрении"));
        return waiting.stream().map(a -> a.view(name(names, a.person()))).toList();
    }

    @Transactional(readOnly = true)
    public AttemptView get(NastavnikPrincipal caller, OrganisationId school, CheckAttemptId id) {
        CheckAttempt attempt = managed(caller, school, id);
        events.publishEvent(new AuditEvent(
                school,
                AuditAction.READ,
                ExternalCourses.SUBJECT,
                attempt.person().value(),
                "ответы на проверку знаний"));
        return attempt.view(name(profiles.of(List.of(attempt.person())), attempt.person()));
    }

    /** The free-text answers accepted; if the score now reaches the pass mark, her step is done. */
    public AttemptView accept(NastavnikPrincipal caller, OrganisationId school, CheckAttemptId id, Long readVersion) {
        CheckAttempt attempt = managed(caller, school, id);
        StaleVersionException.check(readVersion, attempt.view(null).version());
        attempt.accept(clock.instant());
        if (attempt.passed()) {
            MentorCourse course = courses.findById(attempt.course().value()).orElseThrow(NotFoundException::new);
            progress.ofOrNew(attempt.course(), school, attempt.person())
                    .recorded(course.stepIds(), attempt.stepId(), clock.instant(), dates.today(school))
                    .ifPresent(events::publishEvent);
        }
        return reviewed(school, attempt, "проверка знаний принята");
    }

    /** Returned with the curator's comment (required); the mentor may take the check again. */
    public AttemptView returnWith(
            NastavnikPrincipal caller, OrganisationId school, CheckAttemptId id, String comment, Long readVersion) {
        CheckAttempt attempt = managed(caller, school, id);
        StaleVersionException.check(readVersion, attempt.view(null).version());
        attempt.returnWith(comment, clock.instant());
        return reviewed(school, attempt, "проверка знаний возвращена на доработку");
    }

    private AttemptView reviewed(OrganisationId school, CheckAttempt attempt, String detail) {
        attempts.flush();
        events.publishEvent(new AuditEvent(
                school,
                AuditAction.UPDATE,
                ExternalCourses.SUBJECT,
                attempt.person().value(),
                detail));
        return attempt.view(null);
    }

    private CheckAttempt managed(NastavnikPrincipal caller, OrganisationId school, CheckAttemptId id) {
        CourseAccess.checkManager(caller, school);
        return attempts.findInOrganisation(school.value(), id.value()).orElseThrow(NotFoundException::new);
    }

    private Mine mine(NastavnikPrincipal caller, OrganisationId named, MentorCourseId id, UUID step) {
        PersonId person = access.own(caller).orElseThrow(NotFoundException::new);
        OrganisationId school =
                (named == null ? access.person(caller, person) : access.person(caller, named, person)).organisationId();
        MentorCourse course =
                territory.readableIn(caller, school, courses.findById(id.value()), MentorCourse::organisation);
        MasteryCheck check = checks.findById(course.checkOf(step))
                .orElseThrow(() -> InvalidInputException.of("check", "training.step.check.unknown"));
        return new Mine(person, school, course, step, check);
    }

    /** What the mentor sees of her attempt: not the right answers, which would make the retake a formality. */
    private static AttemptView blind(AttemptView a) {
        return new AttemptView(
                a.id(),
                a.course(),
                a.step(),
                a.check(),
                a.person(),
                a.mentorName(),
                a.questions().stream().map(CheckAttempts::withoutAnswers).toList(),
                a.answers(),
                a.score(),
                a.maximum(),
                a.passMark(),
                a.status(),
                a.reviewComment(),
                a.submittedAt(),
                a.reviewedAt(),
                a.version());
    }

    private static Question withoutAnswers(Question q) {
        return new Question(
                q.key(),
                q.type(),
                q.text(),
                q.hint(),
                q.required(),
                q.options().stream().map(o -> new Option(o.key(), o.label())).toList(),
                q.scaleMax(),
                q.bankField(),
                q.points());
    }

    private static String name(Map<PersonId, StaffView> names, PersonId person) {
        return names.containsKey(person) ? names.get(person).data().fullName() : "—";
    }
}
