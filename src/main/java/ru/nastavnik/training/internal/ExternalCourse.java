package ru.nastavnik.training.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;
import ru.nastavnik.shared.StaleVersionException;
import ru.nastavnik.shared.web.Dates;

/**
 * A course of further training a person took elsewhere. It refuses an empty title or provider, hours that are not
 * a positive number, an end before the start or after the school's today (a course is recorded once taken); once
 * confirmed it is settled, and its hours count.
 */
@Entity
@Table(name = "training_course")
class ExternalCourse extends OrganisationOwned {

    static final int MAX_HOURS = 3000;

    @Id
    private UUID id;

    @Column(name = "person_id")
    private UUID personId;

    private String provider;
    private String title;
    private int hours;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "certificate_id")
    private UUID certificateId;

    @Column(name = "certificate_name")
    private String certificateName;

    @Enumerated(EnumType.STRING)
    private CourseStatus status;

    @Column(name = "return_comment")
    private String returnComment;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private Long version;

    protected ExternalCourse() {}

    /** {@code today} is the school's date, which the course's end may not be after. */
    ExternalCourse(
            OrganisationId organisation, PersonId person, CourseDraft draft, String by, Instant now, LocalDate today) {
        super(organisation);
        this.id = UUID.randomUUID();
        this.personId = person.value();
        this.recordedBy = by;
        this.recordedAt = now;
        this.status = CourseStatus.SUBMITTED;
        describe(draft, today);
    }

    /**
     * A course is recorded as taken, its hours to count as training done: one that ends after the school's today has
     * not been taken yet (dates of a course she is only enrolled in, or a typo in the year — «2126»), and would count
     * in the indicators and print in her record. This also keeps out a course beginning far ahead, as the start is
     * never after the end.
     */
    static void check(CourseDraft draft, LocalDate today) {
        if (draft.title() == null
                || draft.title().isBlank()
                || draft.title().strip().length() > 300) {
            throw InvalidInputException.of("title", "training.course.title.invalid");
        }
        if (draft.provider() == null
                || draft.provider().isBlank()
                || draft.provider().strip().length() > 300) {
            throw InvalidInputException.of("provider", "training.course.provider.invalid");
        }
        if (draft.hours() == null || draft.hours() <= 0 || draft.hours() > MAX_HOURS) {
            throw InvalidInputException.of("hours", "training.course.hours.invalid", MAX_HOURS);
        }
        if (draft.startsOn() == null) {
            throw InvalidInputException.of("startsOn", "training.course.startsOn.required");
        }
        if (draft.endsOn() == null) {
            throw InvalidInputException.of("endsOn", "training.course.endsOn.required");
        }
        if (draft.endsOn().isBefore(draft.startsOn())) {
            throw InvalidInputException.of("endsOn", "training.course.endsOn.beforeStart");
        }
        if (draft.endsOn().isAfter(today)) {
            throw InvalidInputException.of("endsOn", "training.course.endsOn.future", Dates.DATE.format(today));
        }
    }

    /** A correction by the mentor or the curator; a returned course goes back to the curator. */
    void edit(CourseDraft draft, Long readVersion, LocalDate today) {
        StaleVersionException.check(readVersion, version == null ? 0 : version);
        requireOpen();
        describe(draft, today);
        status = CourseStatus.SUBMITTED;
    }

    void attachCertificate(UUID file, String name) {
        requireOpen();
        certificateId = file;
        certificateName = name;
    }

    /**
     * A course recorded before its end was refused (or whose dates a correction did not bring back) is not confirmed
     * until it has ended: its hours would count as training done.
     */
    void confirm(String by, Instant now, LocalDate today) {
        requireSubmitted();
        if (endsOn.isAfter(today)) {
            throw InvalidInputException.of("endsOn", "training.course.notEnded", Dates.DATE.format(endsOn));
        }
        status = CourseStatus.CONFIRMED;
        returnComment = null;
        decide(by, now);
    }

    void giveBack(String comment, String by, Instant now) {
        requireSubmitted();
        if (comment == null || comment.isBlank() || comment.strip().length() > 1000) {
            throw InvalidInputException.of("comment", "training.course.comment.required");
        }
        status = CourseStatus.RETURNED;
        returnComment = comment.strip();
        decide(by, now);
    }

    private void describe(CourseDraft draft, LocalDate today) {
        check(draft, today);
        provider = draft.provider().strip();
        title = draft.title().strip();
        hours = draft.hours();
        startsOn = draft.startsOn();
        endsOn = draft.endsOn();
    }

    private void decide(String by, Instant now) {
        decidedBy = by;
        decidedAt = now;
    }

    private void requireSubmitted() {
        if (status != CourseStatus.SUBMITTED) {
            throw InvalidInputException.of("status", "training.course.notSubmitted");
        }
    }

    private void requireOpen() {
        if (status == CourseStatus.CONFIRMED) {
            throw InvalidInputException.of("status", "training.course.confirmed");
        }
    }

    UUID id() {
        return id;
    }

    PersonId person() {
        return new PersonId(personId);
    }

    UUID certificate() {
        return certificateId;
    }

    CourseView view() {
        return new CourseView(
                new CourseId(id),
                organisation(),
                person(),
                provider,
                title,
                hours,
                startsOn,
                endsOn,
                certificateName,
                status,
                returnComment,
                recordedBy,
                recordedAt,
                decidedBy,
                decidedAt,
                version == null ? 0 : version);
    }
}
