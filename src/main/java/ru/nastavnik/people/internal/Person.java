package ru.nastavnik.people.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import ru.nastavnik.people.LeavingReason;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.QualificationCategory;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.Gender;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;
import ru.nastavnik.shared.UserId;

/** A member of an organisation's staff. Never deleted: leaving the school archives the record. */
@Entity
@Table(name = "person")
class Person extends OrganisationOwned {

    @Id
    private UUID id;

    @Column(name = "last_name")
    private String lastName;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "middle_name")
    private String middleName;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "personnel_number")
    private String personnelNumber;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> positions = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> subjects = new ArrayList<>();

    @Column(name = "total_experience_years")
    private Integer totalExperienceYears;

    @Column(name = "teaching_experience_years")
    private Integer teachingExperienceYears;

    @Enumerated(EnumType.STRING)
    @Column(name = "qualification_category")
    private QualificationCategory qualificationCategory;

    private String education;

    @Column(name = "hired_on")
    private LocalDate hiredOn;

    private String email;

    private String phone;

    @Column(name = "employment_contract_number")
    private String employmentContractNumber;

    @Column(name = "employment_contract_date")
    private LocalDate employmentContractDate;

    /** The last working day; recording it archives the record, clearing it (a rehire) brings it back. */
    @Column(name = "left_on")
    private LocalDate leftOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "leaving_reason")
    private LeavingReason leavingReason;

    @Column(name = "leaving_comment")
    private String leavingComment;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "user_id")
    private UUID userId;

    @Embedded
    private ProcessingRestriction processing = ProcessingRestriction.none();

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private Long version;

    protected Person() {}

    Person(OrganisationId organisation, StaffData data) {
        super(organisation);
        this.id = UUID.randomUUID();
        this.createdAt = Instant.now();
        apply(data);
    }

    /** Replaces the record's facts; returns the names of the fields that changed, for the audit log. */
    List<String> apply(StaffData data) {
        StaffData before = data();
        List<String> changed = new ArrayList<>();
        QualificationCategory category =
                data.qualificationCategory() == null ? QualificationCategory.NONE : data.qualificationCategory();
        lastName = track(changed, "lastName", lastName, data.lastName());
        firstName = track(changed, "firstName", firstName, data.firstName());
        middleName = track(changed, "middleName", middleName, data.middleName());
        gender = track(changed, "gender", gender, data.gender());
        birthDate = track(changed, "birthDate", birthDate, data.birthDate());
        personnelNumber = track(changed, "personnelNumber", personnelNumber, data.personnelNumber());
        positions = track(changed, "positions", before.positions(), data.positions());
        subjects = track(changed, "subjects", before.subjects(), data.subjects());
        totalExperienceYears =
                track(changed, "totalExperienceYears", totalExperienceYears, data.totalExperienceYears());
        teachingExperienceYears =
                track(changed, "teachingExperienceYears", teachingExperienceYears, data.teachingExperienceYears());
        qualificationCategory = track(changed, "qualificationCategory", qualificationCategory, category);
        education = track(changed, "education", education, data.education());
        hiredOn = track(changed, "hiredOn", hiredOn, data.hiredOn());
        email = track(changed, "email", email, data.email());
        phone = track(changed, "phone", phone, data.phone());
        employmentContractNumber =
                track(changed, "employmentContractNumber", employmentContractNumber, data.employmentContractNumber());
        employmentContractDate =
                track(changed, "employmentContractDate", employmentContractDate, data.employmentContractDate());
        boolean wasLeft = leftOn != null;
        leftOn = track(changed, "leftOn", leftOn, data.leftOn());
        leavingReason = track(changed, "leavingReason", leavingReason, data.leavingReason());
        leavingComment = track(changed, "leavingComment", leavingComment, data.leavingComment());
        if (leftOn != null && archivedAt == null) {
            archivedAt = Instant.now();
        } else if (wasLeft && leftOn == null) {
            archivedAt = null;
        }
        if (!changed.isEmpty()) {
            updatedAt = Instant.now();
        }
        return changed;
    }

    boolean archive() {
        if (archivedAt != null) {
            return false;
        }
        archivedAt = Instant.now();
        return true;
    }

    /** Back from the archive; a person who had left is rehired: the leaving date and reason go. */
    boolean restore() {
        if (archivedAt == null) {
            return false;
        }
        archivedAt = null;
        leftOn = null;
        leavingReason = null;
        leavingComment = null;
        updatedAt = Instant.now();
        return true;
    }

    /** Processing stops: from now only the director and curator see the record, until it is anonymised. */
    boolean restrictProcessing(Instant now, LocalDate anonymiseAfter) {
        return processing().restrict(now, anonymiseAfter);
    }

    void linkAccount(UserId user) {
        this.userId = user == null ? null : user.value();
    }

    UserId account() {
        return userId == null ? null : new UserId(userId);
    }

    /** A new consent resumes processing; a record already anonymised stays so. */
    boolean liftRestriction() {
        return processing().lift();
    }

    boolean restricted() {
        return processing().restricted();
    }

    /** The retention period after a restriction has run out by {@code today} (the school's own date). */
    boolean anonymisationDue(LocalDate today) {
        return processing().anonymisationDue(today);
    }

    /**
     * The end of the retention period: the person becomes unidentifiable (152-ФЗ art. 21 part 5). Position and
     * subjects stay, as they identify no one and keep the organisation's statistics true.
     */
    boolean anonymise(Instant now) {
        if (processing().anonymised()) {
            return false;
        }
        lastName = "Обезличено";
        firstName = "Запись";
        middleName = null;
        birthDate = null;
        personnelNumber = null;
        education = null;
        email = null;
        phone = null;
        hiredOn = null;
        employmentContractNumber = null;
        employmentContractDate = null;
        // the date and reason stay for the retention figures; a free-text comment may name someone
        leavingComment = null;
        processing().anonymisedAt(now);
        archivedAt = archivedAt == null ? now : archivedAt;
        updatedAt = now;
        return true;
    }

    PersonId id() {
        return new PersonId(id);
    }

    StaffData data() {
        return new StaffData(
                lastName,
                firstName,
                middleName,
                gender,
                birthDate,
                personnelNumber,
                positions == null ? List.of() : List.copyOf(positions),
                subjects == null ? List.of() : List.copyOf(subjects),
                totalExperienceYears,
                teachingExperienceYears,
                qualificationCategory,
                education,
                hiredOn,
                email,
                phone,
                employmentContractNumber,
                employmentContractDate,
                leftOn,
                leavingReason,
                leavingComment);
    }

    StaffView view() {
        return new StaffView(
                id(),
                organisation(),
                data(),
                archivedAt != null,
                createdAt,
                updatedAt,
                processing().restricted(),
                processing().anonymiseOn(),
                processing().anonymised(),
                version == null ? 0 : version);
    }

    /** An edit made on what the editor read: refused if the record changed since (no lost update). */
    List<String> apply(StaffData data, Long readVersion) {
        ru.nastavnik.shared.StaleVersionException.check(readVersion, version == null ? 0 : version);
        return apply(data);
    }

    // Hibernate leaves an embeddable whose columns are all empty null on loading: a person whose data is processed
    private ProcessingRestriction processing() {
        if (processing == null) {
            processing = ProcessingRestriction.none();
        }
        return processing;
    }

    private static <T> T track(List<String> changed, String field, T current, T next) {
        if (!Objects.equals(current, next)) {
            changed.add(field);
        }
        return next;
    }
}
