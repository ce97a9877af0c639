package ru.nastavnik.training.internal;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.survey.Question;

/**
 * Writing the mastery checks of the mentor course: published like the courses (a school for itself, a municipality
 * or region for the schools below) and edited by their publisher on the version she read. A check in use — named by
 * a course step or already taken — is not deleted.
 */
@Service
@Transactional
public class MasteryChecks {

    private final MasteryCheckRepository checks;
    private final MentorCourseRepository courses;
    private final CheckAttemptRepository attempts;
    private final Territory territory;

    MasteryChecks(
            MasteryCheckRepository checks,
            MentorCourseRepository courses,
            CheckAttemptRepository attempts,
            Territory territory) {
        this.checks = checks;
        this.courses = courses;
        this.attempts = attempts;
        this.territory = territory;
    }

    /** The checks a publisher of the organisation may put in its courses: its own and those of the organisations above. */
    @Transactional(readOnly = true)
    public List<MasteryCheckView> list(NastavnikPrincipal caller, OrganisationId organisation) {
        if (!territory.mayPublish(caller, organisation)) {
            throw new NotFoundException();
        }
        return checks.ofPublishers(territory.publishersFor(organisation)).stream()
                .map(MasteryCheck::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public MasteryCheckView get(NastavnikPrincipal caller, MasteryCheckId id) {
        return editable(caller, id).view();
    }

    public MasteryCheckView publish(NastavnikPrincipal caller, OrganisationId owner, String title) {
        if (!territory.mayPublish(caller, owner)) {
            throw new NotFoundException();
        }
        return checks.save(new MasteryCheck(owner, title)).view();
    }

    public MasteryCheckView addQuestion(
            NastavnikPrincipal caller, MasteryCheckId id, Question question, Long readVersion) {
        MasteryCheck check = editable(caller, id);
        check.addQuestion(question, readVersion);
        return saved(check);
    }

    public MasteryCheckView removeQuestion(NastavnikPrincipal caller, MasteryCheckId id, String key, Long readVersion) {
        MasteryCheck check = editable(caller, id);
        check.removeQuestion(key, readVersion);
        return saved(check);
    }

    public MasteryCheckView passMark(NastavnikPrincipal caller, MasteryCheckId id, Integer mark, Long readVersion) {
        MasteryCheck check = editable(caller, id);
        check.passMark(mark, readVersion);
        return saved(check);
    }

    public void delete(NastavnikPrincipal caller, MasteryCheckId id) {
        MasteryCheck check = editable(caller, id);
        if (courses.usesCheck(check.id()) || attempts.anyOf(check.id())) {
            throw InvalidInputException.of("check", "training.check.inUse");
        }
        checks.delete(check);
    }

    private MasteryCheckView saved(MasteryCheck check) {
        checks.flush();
        return check.view();
    }

    private MasteryCheck editable(NastavnikPrincipal caller, MasteryCheckId id) {
        return territory.editable(caller, checks.findById(id.value()), MasteryCheck::organisation);
    }
}
