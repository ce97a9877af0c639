package ru.nastavnik.training.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.documents.FileType;
import ru.nastavnik.documents.StoredFileId;
import ru.nastavnik.documents.StoredFileInfo;
import ru.nastavnik.documents.StoredFiles;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * External courses (курсы повышения квалификации, ДПП): the mentor records her own, the curator anyone's of her
 * school; only the curator or director confirms or returns one with a comment. The certificate scan is checked by
 * its content. Each change and download is audited against the person.
 */
@Service
@Transactional
public class ExternalCourses {

    static final String SUBJECT = "Person";
    private static final EnumSet<FileType> SCANS = EnumSet.of(FileType.PDF, FileType.JPEG, FileType.PNG);

    private final ExternalCourseRepository courses;
    private final CourseAccess access;
    private final StoredFiles files;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SchoolDates dates;

    ExternalCourses(
            ExternalCourseRepository courses,
            CourseAccess access,
            StoredFiles files,
            ApplicationEventPublisher events,
            Clock clock,
            SchoolDates dates) {
        this.dates = dates;
        this.courses = courses;
        this.access = access;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    /** Records a course of the person (the caller's own when {@code person} is null); nothing is kept on refusal. */
    public CourseView record(
            NastavnikPrincipal caller,
            PersonId person,
            CourseDraft draft,
            InputStream certificate,
            String certificateName) {
        PersonId whose = person != null ? person : access.own(caller).orElseThrow(NotFoundException::new);
        OrganisationId organisation = access.person(caller, whose).organisationId();
        return record(caller, organisation, whose, draft, certificate, certificateName);
    }

    public CourseView record(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            PersonId person,
            CourseDraft draft,
            InputStream certificate,
            String certificateName) {
        access.person(caller, organisation, person);
        LocalDate today = dates.today(organisation);
        // checked before the certificate is stored: a refused course leaves no file behind
        ExternalCourse.check(draft, today);
        ExternalCourse course =
                new ExternalCourse(organisation, person, draft, caller.fullName(), clock.instant(), today);
        if (certificate != null) {
            attach(course, certificate, certificateName);
        }
        courses.save(course);
        audit(
                course,
                AuditAction.CREATE,
                "записан внешний курс повышения квалификации: " + course.view().title());
        return course.view();
    }

    @Transactional(readOnly = true)
    public CourseView get(NastavnikPrincipal caller, CourseId id) {
        return visible(caller, id).view();
    }

    @Transactional(readOnly = true)
    public CourseView get(NastavnikPrincipal caller, OrganisationId organisation, CourseId id) {
        ExternalCourse course = visible(caller, organisation, id);
        audit(course, AuditAction.READ, "просмотр сведений о внешнем курсе");
        return course.view();
    }

    /** A correction, by the person or her curator; a returned course goes back for confirmation. */
    public CourseView edit(NastavnikPrincipal caller, CourseId id, CourseDraft draft, Long readVersion) {
        return edit(visible(caller, id), draft, readVersion);
    }

    public CourseView edit(
            NastavnikPrincipal caller, OrganisationId organisation, CourseId id, CourseDraft draft, Long readVersion) {
        return edit(visible(caller, organisation, id), draft, readVersion);
    }

    public CourseView attachCertificate(NastavnikPrincipal caller, CourseId id, InputStream content, String name) {
        ExternalCourse course = visible(caller, id);
        if (content == null) {
            throw ru.nastavnik.shared.InvalidInputException.of("certificate", "training.course.certificate.required");
        }
        attach(course, content, name);
        courses.flush();
        audit(course, AuditAction.UPDATE, "приложен скан удостоверения о повышении квалификации");
        return course.view();
    }

    public CourseView confirm(NastavnikPrincipal caller, CourseId id) {
        ExternalCourse course = visible(caller, id);
        CourseAccess.checkManager(caller, course.organisation());
        course.confirm(caller.fullName(), clock.instant(), dates.today(course.organisation()));
        audit(course, AuditAction.UPDATE, "подтверждён внешний курс повышения квалификации");
        return course.view();
    }

    public CourseView confirm(NastavnikPrincipal caller, OrganisationId organisation, CourseId id) {
        visible(caller, organisation, id);
        return confirm(caller, id);
    }

    public CourseView giveBack(NastavnikPrincipal caller, CourseId id, String comment) {
        ExternalCourse course = visible(caller, id);
        CourseAccess.checkManager(caller, course.organisation());
        course.giveBack(comment, caller.fullName(), clock.instant());
        audit(course, AuditAction.UPDATE, "внешний курс возвращён на доработку");
        return course.view();
    }

    public CourseView giveBack(NastavnikPrincipal caller, OrganisationId organisation, CourseId id, String comment) {
        visible(caller, organisation, id);
        return giveBack(caller, id, comment);
    }

    @Transactional(readOnly = true)
    public Download certificate(NastavnikPrincipal caller, CourseId id) {
        ExternalCourse course = visible(caller, id);
        if (course.certificate() == null) {
            throw new NotFoundException();
        }
        audit(course, AuditAction.DOWNLOAD, "скан удостоверения о повышении квалификации");
        StoredFileId file = new StoredFileId(course.certificate());
        StoredFileInfo info = files.info(course.organisation(), file);
        return new Download(info.originalName(), info.contentType(), files.read(course.organisation(), file));
    }

    @Transactional(readOnly = true)
    public Download certificate(NastavnikPrincipal caller, OrganisationId organisation, CourseId id) {
        visible(caller, organisation, id);
        return certificate(caller, id);
    }

    private CourseView edit(ExternalCourse course, CourseDraft draft, Long readVersion) {
        course.edit(draft, readVersion, dates.today(course.organisation()));
        courses.flush();
        audit(course, AuditAction.UPDATE, "исправлен внешний курс повышения квалификации");
        return course.view();
    }

    private void attach(ExternalCourse course, InputStream content, String name) {
        StoredFileInfo stored =
                files.store(course.organisation(), "training-certificate", content, name, SCANS, files.maxScanBytes());
        course.attachCertificate(stored.id().value(), stored.originalName());
    }

    private ExternalCourse visible(NastavnikPrincipal caller, CourseId id) {
        ExternalCourse course = courses.findById(id.value()).orElseThrow(NotFoundException::new);
        access.person(caller, course.organisation(), course.person());
        return course;
    }

    private ExternalCourse visible(NastavnikPrincipal caller, OrganisationId organisation, CourseId id) {
        ExternalCourse course =
                courses.findInOrganisation(organisation.value(), id.value()).orElseThrow(NotFoundException::new);
        access.person(caller, organisation, course.person());
        return course;
    }

    private void audit(ExternalCourse course, AuditAction action, String details) {
        events.publishEvent(new AuditEvent(
                course.organisation(), action, SUBJECT, course.person().value(), details));
    }
}
